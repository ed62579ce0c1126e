import PageModel
import Records
@testable import Tables
import Testing
import TestSupport

/// A text layer whose fonts map digits to other characters (what some re-encoding tools leave) still shows the
/// tables' titles and headers, but no figure: the document says so instead of passing for a report with blanks.
@Suite struct UnreadableFiguresTests {
    /// Four coded tables of a report, one per page, every amount printed as `amount(row, column)`.
    private func report(amount: (Int, Int) -> String) -> [Page] {
        let titles = ["支出决算表", "一般公共预算财政拨款支出决算表", "国有资本经营预算财政拨款支出决算表", "政府性基金预算财政拨款支出决算表"]
        return titles.enumerated().map { number, title in
            var page = PageBuilder(number: number + 1, width: 595, height: 842)
            page.centred(title, x: 300, y: 40)
            page.headerRow([("科目编码", 60), ("科目名称", 170), ("合计", 300), ("基本支出", 380), ("项目支出", 460)], y: 90)
            for row in 0..<3 {
                let y = 110 + 15 * Double(row)
                page.left(["201", "20103", "2010301"][row], x: 30, y: y)
                page.left("行政运行", x: 100, y: y)
                for column in 0..<3 { page.right(amount(row, column), x1: 337 + 80 * Double(column), y: y) }
            }
            return page.page()
        }
    }

    @Test func digitsMappedToOtherCharactersMakeThePartialStatusAndSaySo() {
        let junk = ["!#+!$%,", "%K!$bb", "X%b$%,"]
        let reading = DocumentReading(pages: report { row, column in junk[(row + column) % 3] })
        #expect(reading.family != .unknown)
        #expect(reading.status == .partial)
        #expect(reading.diagnostics.last?.code == .unreadableFigures)
        #expect(
            reading.diagnostics.last?.message.hasPrefix("the figures are unreadable: 36 of 36 number cells") == true)
    }

    @Test func aFewUnreadableCellsAreWarningsOnly() {
        let reading = DocumentReading(pages: report { row, column in row == 0 && column == 0 ? "1O.00" : "10.00" })
        #expect(reading.status == .ok)
        #expect(!reading.diagnostics.contains { $0.code == .unreadableFigures })
        #expect(reading.diagnostics.filter { $0.code == .notANumber }.map(\.pages) == [[1], [2], [3], [4]])
    }
}
