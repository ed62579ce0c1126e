import PageModel
import Records
@testable import Tables
import Testing
import TestSupport

/// The self-census (issue 20): every printed figure on a recognised table's page ends up in a record or is
/// furniture; a figure the reader missed makes the document `partial` and is named with its page.
@Suite struct FigureCensusTests {
    /// A 收入支出决算总表 on page `number`; `noteFirst` prints a note (注：) between the header and the rows, so
    /// that the note closes the table before its rows and the reader misses every figure.
    private func summary(page number: Int, noteFirst: Bool) -> PageBuilder {
        var page = PageBuilder(number: number)
        page.centred("收入支出决算总表", x: 420, y: 40)
        page.left("部门：某某局", x: 30, y: 65)
        page.right("金额单位：万元", x1: 810, y: 65)
        for (x, text) in [(100.0, "项目"), (220, "行次"), (280, "金额"), (430, "项目"), (620, "行次"), (720, "金额")] {
            page.centred(text, x: x, y: 100)
        }
        let top = noteFirst ? 145.0 : 115
        if noteFirst { page.left("注：本表反映部门本年度的总收支情况。", x: 30, y: 115) }
        page.left("一、一般公共预算财政拨款收入", x: 30, y: top)
        page.right("1", x1: 230, y: top)
        page.right("2,697.60", x1: 320, y: top)
        page.left("一、一般公共服务支出", x: 330, y: top)
        page.right("32", x1: 630, y: top)
        page.right("2,697.60", x1: 760, y: top)
        page.left("总计", x: 30, y: top + 15)
        page.right("2", x1: 230, y: top + 15)
        page.right("2,697.60", x1: 320, y: top + 15)
        page.left("总计", x: 330, y: top + 15)
        page.right("33", x1: 630, y: top + 15)
        page.right("2,697.60", x1: 760, y: top + 15)
        return page
    }

    /// Three coded tables of the same report on the pages after the summary, every figure read.
    private func codedTables() -> [Page] {
        ["支出决算表", "一般公共预算财政拨款支出决算表", "政府性基金预算财政拨款支出决算表"].enumerated().map { index, title in
            var page = PageBuilder(number: index + 4, width: 595, height: 842)
            page.centred(title, x: 300, y: 40)
            page.headerRow([("科目编码", 60), ("科目名称", 170), ("合计", 300), ("基本支出", 380), ("项目支出", 460)], y: 90)
            page.left("201", x: 30, y: 110)
            page.left("一般公共服务支出", x: 100, y: 110)
            for (column, amount) in ["12.50", "10.00", "2.50"].enumerated() {
                page.right(amount, x1: 337 + 80 * Double(column), y: 110)
            }
            return page.page()
        }
    }

    @Test func everyFigureReadLeavesNothingUnread() {
        let reading = DocumentReading(pages: [summary(page: 3, noteFirst: false).page()] + codedTables())
        #expect(reading.family != .unknown)
        #expect(reading.tables.first?.records.count == 4)
        #expect(reading.unreadFigures.isEmpty)
        #expect(reading.status == .ok)
    }

    @Test func aSummaryWhoseFiguresTheReaderMissedIsPartialAndNamesThePage() throws {
        let reading = DocumentReading(pages: [summary(page: 3, noteFirst: true).page()] + codedTables())
        let table = try #require(reading.tables.first { $0.id == .incomeExpenditureSummary })
        #expect(table.records.isEmpty, "the note closed the table above its rows")
        #expect(!table.empty, "a table that prints figures is not empty")
        #expect(reading.status == .partial)
        #expect(reading.unreadFigures.count == 4)
        #expect(
            reading.unreadFigures.allSatisfy {
                $0 == PrintedFigure(table: .incomeExpenditureSummary, page: 3, text: "2,697.60")
            })
        let diagnostic = try #require(reading.diagnostics.first { $0.code == .unreadFigure })
        #expect(
            diagnostic.warning.hasPrefix(
                "income_expenditure_summary page 3: the printed figure 2,697.60 went to no record"))
    }
}
