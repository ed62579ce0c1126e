/// The size glyphs are printed at, in points: what the em-based settings measure in.
///
/// The declared font size can be off by a factor when a producer scales the font matrix instead
/// (Chromium's Type 3 CJK fonts declare 13 pt for text printed at 6.5 pt). A CJK ideograph advances by
/// exactly one em in every CJK font, so its box width is its printed size; the other glyphs of the same
/// font are scaled by the same factor. Fonts with no ideographs keep their declared size.
public enum PrintedSize {
    /// `glyphs` with `fontSize` set to the printed size.
    public static func corrected(_ glyphs: [Glyph]) -> [Glyph] {
        // A page has a handful of fonts: found by a linear search, not hashed per glyph.
        var fonts: [String?] = []
        var ratios: [[Double]] = []
        func font(_ name: String?) -> Int? { fonts.firstIndex { $0 == name } }
        for glyph in glyphs where isIdeograph(glyph.character) && glyph.box.width > 0 && glyph.fontSize > 0 {
            let index = font(glyph.fontName) ?? {
                fonts.append(glyph.fontName)
                ratios.append([])
                return fonts.count - 1
            }()
            ratios[index].append(glyph.box.width / glyph.fontSize)
        }
        let scales = ratios.map { values in values.sorted()[values.count / 2] }
        return glyphs.map { glyph in
            var glyph = glyph
            if isIdeograph(glyph.character) && glyph.box.width > 0 {
                glyph.fontSize = glyph.box.width
            } else if glyph.fontSize > 0, let index = font(glyph.fontName) {
                glyph.fontSize *= scales[index]
            } else if glyph.fontSize <= 0 {
                glyph.fontSize = glyph.box.height
            }
            return glyph
        }
    }

    private static func isIdeograph(_ character: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(character.value)
    }
}
