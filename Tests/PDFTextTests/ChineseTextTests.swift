import PDFText
import PageModel
import TestSupport
import Testing

/// Chinese text comes out exactly as printed: every name, item and form field of the ground truth, and the
/// department, is found in the text read from the PDF (in one line, or in one cell wrapped over lines).
@Suite(.serialized, .readsPDFs) struct ChineseTextTests {
    @Test(arguments: Fixture.all) func everyPrintedTextIsRead(_ fixture: Fixture) throws {
        let lines = try fixture.read().pages.flatMap(\.lines)
        var texts = lines.map(\.compactText)
        for (index, line) in lines.enumerated() {
            texts += line.words.indices.map { lines.cellText(line: index, word: $0) }
        }
        let expected = try fixture.truth().printedTexts
        #expect(expected.count > 50)
        let missing = expected.filter { text in !texts.contains { $0.contains(text) } }
        #expect(missing.isEmpty, "not read: \(missing.sorted())")
    }
}
