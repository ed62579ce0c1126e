/// The size glyphs are printed at, in points: what the em-based settings measure in.
///
/// The declared font size can be off by a factor when a producer scales the font matrix instead
/// (Chromium's Type 3 CJK fonts declare 13 pt for text printed at 6.5 pt). A CJK ideograph advances by
/// exactly one em in every CJK font, so its box width is its printed size; the other glyphs of the same
/// font are scaled by the same factor. Fonts with no ideographs keep their declared size.
///
/// Glyph boxes are as tall as the font's declared ascent and descent, which some producers get wrong: a CJK
/// font declaring almost none gives slivers at the baseline, and the cells of one row then seem to sit lower
/// than their neighbours in other fonts. A box shorter than `GroupingSettings.minimumBoxHeight` is fitted to one
/// printed em upwards from its bottom edge (the baseline lies inside it, the body of a glyph above). Boxes too
/// tall need nothing: lines are grouped by the middles of boxes, which a tall box keeps.
public enum PrintedSize {
    /// `glyphs` with `fontSize` set to the printed size and sliver boxes fitted to it. Corrected in place: a glyph
    /// holds its font's name, and copying each one costs more than correcting it.
    public static func corrected(_ glyphs: consuming [Glyph], settings: GroupingSettings = .standard) -> [Glyph] {
        var scales = FontScales(of: copy glyphs)
        for index in glyphs.indices {
            correct(&glyphs[index], scales: &scales, minimumHeight: settings.minimumBoxHeight)
        }
        return glyphs
    }

    private static func correct(_ glyph: inout Glyph, scales: inout FontScales, minimumHeight: Double) {
        var measured = true
        if isIdeograph(glyph.character) && glyph.box.width > 0 {
            glyph.fontSize = glyph.box.width
        } else if glyph.fontSize > 0, let scale = scales.scale(of: glyph.fontName) {
            glyph.fontSize *= scale
        } else {
            measured = false
            if glyph.fontSize <= 0 { glyph.fontSize = glyph.box.height }
        }
        fit(&glyph.box, em: glyph.fontSize, minimumHeight: minimumHeight, measured: measured)
    }

    /// Per font with ideographs, the median of their width over their declared size: the factor its declared
    /// sizes are off by. A page has a handful of fonts: found by a linear search, not hashed per glyph, and
    /// glyphs come in runs of one font, so the last font found is tried first.
    private struct FontScales {
        private var fonts: [String?] = []
        private var scales: [Double] = []
        private var last: (name: String?, scale: Double?) = (nil, nil)

        /// Glyphs are read in place: copying one would copy its font's name.
        init(of glyphs: [Glyph]) {
            var ratios: [[Double]] = []
            var font = 0
            for index in glyphs.indices {
                let box = glyphs[index].box
                let size = glyphs[index].fontSize
                guard isIdeograph(glyphs[index].character) && box.width > 0 && size > 0 else { continue }
                if font == fonts.count || fonts[font] != glyphs[index].fontName {
                    font = fonts.firstIndex { $0 == glyphs[index].fontName } ?? fonts.count
                    if font == fonts.count {
                        fonts.append(glyphs[index].fontName)
                        ratios.append([])
                    }
                }
                ratios[font].append(box.width / size)
            }
            scales = ratios.map { $0.upperMedian() }
            // Any font and its scale start the cache.
            last = (fonts.first ?? nil, scales.first)
        }

        /// The factor of the font named `name`; nil for a font with no ideographs.
        mutating func scale(of name: String?) -> Double? {
            if name != last.name { last = (name, fonts.firstIndex { $0 == name }.map { scales[$0] }) }
            return last.scale
        }
    }

    private static func isIdeograph(_ character: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(character.value)
    }

    /// A sliver is fitted only where the em was measured from the font's ideographs: a declared size may be a
    /// multiple of the printed one (see above), and a box then only seems short.
    private static func fit(_ box: inout Box, em: Double, minimumHeight: Double, measured: Bool) {
        if measured && box.height > 0 && box.height < minimumHeight * em {
            box.y0 = box.y1 - em
        }
    }
}
