import Explain
import Foundation
import PageModel
import Tables
import Testing
import TestSupport

/// A page built in memory, explained and drawn: no PDF, no poppler.
@Suite struct ExplanationTests {
    /// A 一般公共预算 table whose last line prints an amount under no code or name: a row that makes no record.
    private func page() -> Page {
        var page = PageBuilder(number: 1, width: 595, height: 842)
        page.centred("一般公共预算财政拨款支出决算表", x: 300, y: 40)
        page.headerRow([("科目编码", 60), ("科目名称", 160), ("合计", 300), ("基本支出", 380)], y: 80)
        page.bodyRow(texts: [("201", 30), ("一般公共服务支出", 100)], amounts: [("10.00", 330), ("10.00", 410)], y: 100)
        page.bodyRow(texts: [("20101", 30), ("R&D <人大> 事务", 100)], amounts: [("4.00", 330), ("4.00", 410)], y: 115)
        page.bodyRow(texts: [], amounts: [("99.99", 330)], y: 160)
        return page.page()
    }

    /// One table makes no family: standard settings keep none of a one-table document's known tables.
    private func explanation() throws -> PageExplanation {
        let settings = try SegmentationSettings.overriding(json: Data(#"{"familyMinimumTables": 1}"#.utf8))
        return try #require(PageExplanation(pages: [page()], page: 1, settings: settings))
    }

    @Test func explainsTheRulesOfEachDecision() throws {
        let explanation = try explanation()
        let table = try #require(explanation.tables.first)
        #expect(table.id == .generalBudgetExpenditure)
        #expect(table.headerEnd == "figureOrCode")
        #expect(table.continuedBy == nil)
        #expect(table.columns.map(\.key) == ["code", "name", "total", "basic"])
        #expect(table.rows.count == 3)
        let placed = table.words.first { $0.word.text == "一般公共服务支出" }
        #expect(placed?.column.map { table.columns[$0].key } == "name")
        #expect(placed?.rule != nil && placed?.row == 1)
        #expect(explanation.unread.map(\.word.text) == ["99.99"])
        #expect(explanation.unread.first?.reason.contains("in no record") == true)
        #expect(PageExplanation(pages: [page()], page: 2) == nil)
    }

    @Test func aDocumentOfNoFamilyKeepsNoFigureOfItsKnownTables() throws {
        let explanation = try #require(PageExplanation(pages: [page()], page: 1))
        #expect(explanation.family == .unknown)
        // Every amount of the table; its code pieces name rows, they are no figures (`FigureCensus`).
        #expect(explanation.unread.count == 5)
        #expect(explanation.unread.allSatisfy { $0.reason.contains("no known family") })
    }

    @Test func theSVGIsWellFormedWithARectPerWordAndAnAnchorPerColumn() throws {
        let explanation = try explanation()
        let svg = try SVGDocument(Data(ExplanationSVG.render(explanation).utf8))
        #expect(svg.elements.first?.attributes["viewBox"]?.hasPrefix("0 0 595.00 ") == true)
        #expect(svg.elements("rect", class: "word").count == explanation.words.count)
        #expect(svg.elements("line", class: "anchor").count == 4)
        #expect(svg.elements("rect", class: "row").count == 3)
        #expect(svg.elements("rect", class: "unread").count == 1)
        #expect(svg.elements.contains { $0.name == "text" && $0.text.contains("R&D") })
        #expect(svg.elements.contains { $0.name == "text" && $0.text.contains("<人大>") })
        #expect(svg.text(within: "legend").contains("header ended by figureOrCode"))
    }

    @Test func theTextNamesEachRowsRulesAndEachWordsColumn() throws {
        let explanation = try explanation()
        let text = ExplanationText.render(explanation)
        #expect(text.hasPrefix("page 1 (595.00 x 842.00 pt)"))
        #expect(text.contains("  header ended by: figureOrCode\n"))
        #expect(text.contains("    c3 total  合计  x 300.00  amount\n"))
        #expect(text.contains("201 → code ("))
        #expect(text.contains("10.00 → total (") && text.contains("10.00 → basic ("))
        #expect(text.contains("  99.99 at x "))
    }
}
