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
        let scales = FontScales(of: copy glyphs)
        for index in glyphs.indices {
            var measured = true
            if isIdeograph(glyphs[index].character) && glyphs[index].box.width > 0 {
                glyphs[index].fontSize = glyphs[index].box.width
            } else if glyphs[index].fontSize > 0, let scale = scales.scale(of: glyphs[index].fontName) {
                glyphs[index].fontSize *= scale
            } else {
                measured = false
                if glyphs[index].fontSize <= 0 { glyphs[index].fontSize = glyphs[index].box.height }
            }
            fit(
                &glyphs[index].box, em: glyphs[index].fontSize, minimumHeight: settings.minimumBoxHeight,
                measured: measured)
        }
        return glyphs
    }

    /// Per font with ideographs, the median of their width over their declared size: the factor its declared
    /// sizes are off by. A page has a handful of fonts: found by a linear search, not hashed per glyph.
    private struct FontScales {
        private var fonts: [String?] = []
        private var scales: [Double] = []

        init(of glyphs: [Glyph]) {
            var ratios: [[Double]] = []
            for glyph in glyphs where isIdeograph(glyph.character) && glyph.box.width > 0 && glyph.fontSize > 0 {
                let index =
                    fonts.firstIndex { $0 == glyph.fontName }
                    ?? {
                        fonts.append(glyph.fontName)
                        ratios.append([])
                        return fonts.count - 1
                    }()
                ratios[index].append(glyph.box.width / glyph.fontSize)
            }
            scales = ratios.map { values in values.sorted()[values.count / 2] }
        }

        /// The factor of the font named `name`; nil for a font with no ideographs.
        func scale(of name: String?) -> Double? {
            fonts.firstIndex { $0 == name }.map { scales[$0] }
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
