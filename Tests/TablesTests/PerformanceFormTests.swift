import Foundation
import Records
@testable import Tables
import Testing
import TestSupport

/// Self-evaluation forms (绩效自评表) on built pages: budget figures printed in a row under a two-level header.
@Suite struct PerformanceFormTests {
    /// The budget block of a project form, as a Chromium print lays it out (7.5 pt text). `wrappedGap` is how far
    /// below its header line the wrapped `数` of `全年执行数` is printed: within the header line's box, or below it.
    private func form(wrappedGap: Double) -> PageBuilder {
        var page = PageBuilder(width: 842, height: 595, fontSize: 7.5)
        page.centred("会议费项目支出绩效自评表", x: 420, y: 30)
        page.left("(2024年度)", x: 34, y: 45)
        page.left("项目名称", x: 38, y: 60)
        page.left("会议费", x: 223, y: 60)
        page.left("项目资金(万元)", x: 38, y: 110)
        for (text, x) in [
            ("年初预算数", 163.0), ("全年预算数", 283.0), ("全年执行", 350.0), ("资金结(转)余", 395.0),
            ("执行率", 448.0), ("得分", 515.0), ("偏差原因", 575.0),
        ] {
            page.left(text, x: x, y: 110)
        }
        page.left("数", x: 350, y: 110 + wrappedGap)
        // A bracket a producer moved off its line, touching the cell it belongs to.
        page.left(")", x: 395 + page.width(of: "资金结(转)余"), y: 110 + wrappedGap)
        page.left("目标申报数", x: 163, y: 128)
        page.left("预算编制数", x: 223, y: 128)
        page.left("资金总额:", x: 163, y: 144)
        // The figures sit right of their cells' left edges, as the form's shifted print has them.
        for (text, x) in [
            ("0", 271.0), ("15", 334.0), ("15", 379.0), ("6.309", 421.0), ("8.691", 489.0), ("42.06", 549.0),
            ("4.21", 613.0),
        ] {
            page.left(text, x: x, y: 144)
        }
        return page
    }

    @Test("figures under a two-level header go to the bottom header cells in order", arguments: [3.0, 9.0])
    func budgetFigures(wrappedGap: Double) throws {
        let table = try #require(SyntheticTables.table(.projectPerformance, in: [form(wrappedGap: wrappedGap).page()]))
        let fields = try #require(table.fields)
        #expect(fields["project"] == .text("会议费"))
        #expect(fields["budget"] == .number(15))
        #expect(fields["executed"] == SyntheticTables.decimal("6.309"))
        #expect(fields["execution_rate"] == SyntheticTables.decimal("42.06"))
    }

    /// Labels in a row and the one figure printed under them (the others blank): the figure is the field of the
    /// label right above it, and blank fields stay absent.
    @Test func aLoneFigureUnderItsLabel() throws {
        var page = PageBuilder(width: 595, height: 842)
        page.centred("应急办经费项目支出绩效自评表", x: 300, y: 50)
        page.left("项目名称", x: 105, y: 95)
        page.left("应急办经费", x: 355, y: 95)
        for (text, x) in [("项目预算金额", 52.0), ("全年执行数", 142.0), ("执行率", 238.0), ("绩效自评总得分", 387.0)] {
            page.left(text, x: x, y: 135)
        }
        page.left("79.45", x: 412, y: 176)
        let table = try #require(SyntheticTables.table(.projectPerformance, in: [page.page()]))
        let fields = try #require(table.fields)
        #expect(fields["total_score"] == .number(Decimal(string: "79.45")!))
        #expect(fields["executed"] == nil)
        #expect(fields["execution_rate"] == nil)
    }
}
