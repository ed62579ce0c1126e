import PageModel
import Testing

@Suite struct PrintedSizeTests {
    @Test func aScaledFontIsMeasuredByItsIdeographs() {
        // A Type 3 font declaring 13 pt for ideographs that advance 6.5 pt, with a parenthesis of the same font,
        // and digits of another font declaring their true size.
        let glyphs = [
            Glyph(character: "项", box: Box(x0: 0, y0: 0, x1: 6.5, y1: 20), fontSize: 13, fontName: "T3"),
            Glyph(character: "(", box: Box(x0: 6.5, y0: 0, x1: 8.5, y1: 20), fontSize: 13, fontName: "T3"),
            Glyph(character: "9", box: Box(x0: 20, y0: 5, x1: 23.5, y1: 12), fontSize: 7, fontName: "Latin"),
        ]
        #expect(PrintedSize.corrected(glyphs).map(\.fontSize) == [6.5, 6.5, 7])
    }
}
