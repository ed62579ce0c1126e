import Records
@testable import Tables
import Testing
import TestSupport

/// Amounts printed left-aligned in their cells (numbers stored as text in a spreadsheet print so): a short
/// amount then lies wholly left of its own header's middle, where a right-aligned amount of the previous
/// column would lie too. The amounts stacked on one left edge tell the two apart.
@Suite struct AlignmentTests {
    // 支出决算表 with cells 80 pt wide: 合计 [260, 340], 基本支出 [340, 420], 项目支出 [420, 500].

    @Test func leftAlignedAmountsStayInTheirOwnColumns() throws {
        var page = PageBuilder(width: 595, height: 842)
        page.centred("支出决算表", x: 300, y: 40)
        page.headerRow([("科目编码", 60), ("科目名称", 170), ("合计", 300), ("基本支出", 380), ("项目支出", 460)], y: 90)
        let rows: [(code: String, name: String, total: String, basic: String?, project: String?)] = [
            ("201", "一般公共服务支出", "1,107.50", "67.50", "1,040.00"),
            ("2010301", "行政运行", "67.50", "67.50", nil),
            ("2010350", "事业运行", "7.50", "7.50", nil),
            ("2080505", "机关事业单位基本养老保险缴费支出", "1,032.50", nil, "1,032.50"),
        ]
        for (index, row) in rows.enumerated() {
            let y = 110 + 15 * Double(index)
            page.left(row.code, x: 30, y: y)
            page.left(row.name, x: 100, y: y)
            page.left(row.total, x: 263, y: y)
            if let basic = row.basic { page.left(basic, x: 343, y: y) }
            if let project = row.project { page.left(project, x: 423, y: y) }
        }

        let table = try #require(SyntheticTables.table(.expenditure, in: [page.page()]))
        #expect(
            table.records.map { $0["total"] }
                == rows.map { SyntheticTables.decimal($0.total.replacingOccurrences(of: ",", with: "")) })
        #expect(table.records.map { $0["basic"] } == rows.map { $0.basic.map { SyntheticTables.decimal($0) } })
        #expect(
            table.records.map { $0["project"] }
                == rows.map { $0.project.map { SyntheticTables.decimal($0.replacingOccurrences(of: ",", with: "")) } })
    }

    @Test func shortRightAlignedAmountsStayInTheirOwnColumns() throws {
        var page = PageBuilder(width: 595, height: 842)
        page.centred("支出决算表", x: 300, y: 40)
        page.headerRow([("科目编码", 60), ("科目名称", 170), ("合计", 300), ("基本支出", 380), ("项目支出", 460)], y: 90)
        let rows: [(code: String, total: String, basic: String)] = [
            ("201", "67.50", "67.50"), ("20103", "7.50", "7.50"),
            ("2010301", "107.50", "107.50"),
        ]
        for (index, row) in rows.enumerated() {
            let y = 110 + 15 * Double(index)
            page.left(row.code, x: 30, y: y)
            page.left("行政运行", x: 100, y: y)
            page.right(row.total, x1: 337, y: y)
            page.right(row.basic, x1: 417, y: y)
        }

        let table = try #require(SyntheticTables.table(.expenditure, in: [page.page()]))
        #expect(table.records.map { $0["total"] } == rows.map { SyntheticTables.decimal($0.total) })
        #expect(table.records.map { $0["basic"] } == rows.map { SyntheticTables.decimal($0.basic) })
        #expect(table.records.allSatisfy { $0["project"] == nil })
    }

    /// A statistics table whose figures are printed left-aligned, all amounts of one width: a count (`5`) starts
    /// where the amounts start, so it is the count's value, not a second 行次 digit (`75`).
    @Test func aLeftAlignedCountBesideTheLineNumberStaysAValue() throws {
        var page = PageBuilder(width: 595, height: 842)
        page.centred("部门决算公开相关信息统计表", x: 300, y: 40)
        page.centred("项目", x: 105, y: 110)
        page.centred("行次", x: 195, y: 110)
        page.centred("统计数", x: 261, y: 110)
        for (index, row) in [("合计", "10.20"), ("货物", "10.20"), ("(一)行政单位", "81.09"), ("(一)车辆数合计(辆)", "5")].enumerated()
        {
            let y = 140 + Double(index) * 30
            page.left(row.0, x: 46, y: y)
            page.right(String(index + 1), x1: 181, y: y)
            page.left(row.1, x: 224, y: y)
        }
        let table = try #require(SyntheticTables.table(.disclosureStatistics, in: [page.page()]))
        let vehicles = try #require(table.records.first { $0["item"] == .text("(一)车辆数合计(辆)") })
        #expect(vehicles["line"] == .number(4))
        #expect(vehicles["value"] == .number(5))
    }
}
