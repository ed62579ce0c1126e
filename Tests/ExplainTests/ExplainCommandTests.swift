import Foundation
import PDFText
import PageModel
import Tables
import TestSupport
import Testing

/// `juesuan explain` run as a child process on a corpus page, as a person asking about a figure runs it: page 15
/// of a Shanghai report, where the 一般公共预算 table goes on from page 14 under the columns of its header there.
@Suite struct ExplainCommandTests {
    static let document = Corpus.publicCorpus?.appendingPathComponent(
        "sh-putuo-guihuaziranziyuanju-2024-bumenjuesuan.pdf")

    @Test(
        .readsPDFs,
        .enabled(if: document != nil, "the public corpus (../shared/corpus/public) is not beside the repository"))
    func drawsEveryWordTheAnchorsAndTheRulesThatFired() throws {
        let pdf = try #require(Self.document)
        let folder = try Corpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("page.svg")
        let child = try ChildProcess.run(
            Binary.juesuan, ["explain", pdf.path, "--page", "15", "--output", output.path])
        #expect(child.status == 0, "\(child.errorText)")
        let svg = try SVGDocument(try Data(contentsOf: output))
        let pages = try PDFReader().read(contentsOf: pdf).pages
        let explanation = try #require(PageExplanation(pages: pages, page: 15))
        #expect(svg.elements("rect", class: "word").count == pages[14].lines.flatMap(\.words).count)
        let table = try #require(explanation.tables.first)
        #expect(table.columns.map(\.key) == ["code", "name", "total", "basic", "project"])
        let anchors = svg.elements("line", class: "anchor").compactMap { $0.attributes["x1"].flatMap(Double.init) }
        #expect(anchors.count == table.columns.count)
        for (anchor, column) in zip(anchors, table.columns) { #expect(abs(anchor - column.anchor) < 0.01) }
        let legend = svg.text(within: "legend")
        for rule in ["figureOrCode", "figuresFitColumns", "sharedBand", "anchoredLineStartsRow", "rightAlignedNumbers"]
        {
            #expect(legend.contains(rule), "the legend names \(rule)")
        }
        #expect(child.outputText.contains("header ended by: figureOrCode"))
        #expect(child.outputText.contains("continued by: figuresFitColumns"))
        #expect(child.outputText.contains("461.08 → total (rightAlignedNumbers)"))
        #expect(child.outputText.hasSuffix("drawn in \(output.path)\n"))
    }

    @Test(.enabled(if: document != nil, "the public corpus (../shared/corpus/public) is not beside the repository"))
    func aPagePastTheEndIsOneLineAndStatus65() throws {
        let pdf = try #require(Self.document)
        let child = try ChildProcess.run(
            Binary.juesuan, ["explain", pdf.path, "--page", "99", "--output", "/dev/null"])
        #expect(child.status == 65)
        #expect(child.errorText == "juesuan: \(pdf.path): has 30 pages, --page 99 is past the end\n")
    }
}
