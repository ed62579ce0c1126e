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

    /// A CJK font whose descriptor declares almost no ascent gives boxes 3 pt tall at the baseline for 12 pt text:
    /// fitted to one em above their bottom edge, so that they sit level with the digits beside them.
    @Test func sliverBoxesOfAMeasuredFontAreFittedToOneEm() {
        let glyphs = [
            Glyph(character: "行", box: Box(x0: 0, y0: 252, x1: 12, y1: 255), fontSize: 12, fontName: "CJK"),
            Glyph(character: "9", box: Box(x0: 20, y0: 237.6, x1: 26, y1: 259.9), fontSize: 12, fontName: "Latin"),
        ]
        let boxes = PrintedSize.corrected(glyphs).map(\.box)
        #expect(boxes[0] == Box(x0: 0, y0: 243, x1: 12, y1: 255))
        #expect(boxes[1] == glyphs[1].box, "a tall box keeps its middle, and a font with no ideographs is not fitted")
        #expect(abs(boxes[0].midY - boxes[1].midY) < 1)
    }

    @Test func aShortBoxOfAnUnmeasuredFontIsKept() {
        let glyph = Glyph(character: "9", box: Box(x0: 0, y0: 10, x1: 4, y1: 13), fontSize: 12, fontName: "Latin")
        #expect(PrintedSize.corrected([glyph]).first?.box == glyph.box)
    }
}
