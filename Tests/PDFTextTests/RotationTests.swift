import PDFText
import PageModel
import TestSupport
import Testing

/// A page turned by its /Rotate still reads left to right, line by line.
@Suite(.serialized, .readsPDFs) struct RotationTests {
    @Test func aQuarterTurnedPageReadsTheSame() throws {
        let scratch = try Scratch()
        let page = try scratch.incomePage()
        let original = try #require(try PDFReader().read(contentsOf: page).pages.first)
        let turned = try #require(try PDFReader().read(contentsOf: scratch.rotated(page)).pages.first)
        #expect(turned.quarterTurned && !original.quarterTurned)
        #expect(turned.lines.map(\.text) == original.lines.map(\.text))
        #expect((turned.width, turned.height) == (original.width, original.height))
        #expect(turned.lines.allSatisfy { $0.box.height < 2 * $0.fontSize }, "a line runs down the page")
    }
}
