import Foundation
import PDFText
import PageModel
import TestSupport
import Testing

/// `juesuan text` run as a child process, as a person or the daemon runs it.
@Suite struct TextCommandTests {
    @Test func printsEachLineWithItsWordsAndXRanges() throws {
        let scratch = try Scratch()
        let child = try ChildProcess.run(Binary.juesuan, ["text", try scratch.incomePage().path, "--page", "1"])
        #expect(child.status == 0)
        #expect(child.errorText.isEmpty)
        let lines = child.outputText.split(separator: "\n")
        #expect(lines.first == "=== page 1 (595.3 x 841.9 pt)")
        #expect(lines.contains { $0.hasSuffix("| 收入决算表[275.8-319.3]") })
        #expect(lines.contains { $0.contains("| 合计[") && $0.contains(" 2,697.60[") })
    }

    @Test(.readsPDFs) func jsonIsThePageModel() throws {
        let scratch = try Scratch()
        let page = try scratch.incomePage()
        let child = try ChildProcess.run(Binary.juesuan, ["text", page.path, "--json"])
        #expect(child.status == 0)
        let decoded = try JSONDecoder().decode(DocumentText.self, from: child.output)
        #expect(decoded == (try PDFReader().read(contentsOf: page)))
        #expect(decoded.pages.first?.lines.first?.text == "收入决算表")
    }

    @Test(arguments: BadInput.allCases) func badInputIsOneLineAndStatus65(_ input: BadInput) throws {
        let scratch = try Scratch()
        let child = try ChildProcess.run(Binary.juesuan, ["text", try input.make(in: scratch).path])
        #expect(child.status == 65)
        #expect(child.output.isEmpty)
        let lines = child.errorText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines.last == "", "\(child.errorText)")
        #expect(lines.first?.hasPrefix("juesuan: \(input.fileName): ") == true, "\(child.errorText)")
    }

    @Test(arguments: [["--help"], ["text", "--help"]]) func helpExitsZero(_ arguments: [String]) throws {
        let child = try ChildProcess.run(Binary.juesuan, arguments)
        #expect(child.status == 0)
        #expect(child.outputText.contains("USAGE: juesuan"))
    }
}
