import PageModel
import Records
@testable import Tables
import Testing
import TestSupport

/// A budget read by the same layouts as final accounts: its tables keep their own units, and tables the record
/// model does not name stay generic grids without making the document partial.
@Suite struct BudgetDocumentTests {
    /// A page of one coded budget table: title, unit, header, one row.
    private func page(_ number: Int, title: String, unit: String) -> Page {
        var page = PageBuilder(number: number, width: 842, height: 595)
        page.centred("2026年部门\(title)", x: 420, y: 40)
        page.left("编制部门：某某局", x: 40, y: 60)
        page.left("单位：\(unit)", x: 700, y: 60)
        page.headerRow([("功能分类科目编码", 80), ("功能分类科目名称", 220), ("合计", 400), ("基本支出", 500), ("项目支出", 600)], y: 90)
        page.bodyRow(
            texts: [("201", 60), ("一般公共服务支出", 160)],
            amounts: [("1,200.00", 430), ("1,000.00", 530), ("200.00", 630)], y: 110)
        return page.page()
    }

    @Test func anUnnamedTableKeepsABudgetComplete() {
        var unnamed = PageBuilder(number: 5, width: 842, height: 595)
        unnamed.centred("2026年项目绩效目标表", x: 420, y: 40)
        for (index, row) in [("甲项目", "100.00", "90.00"), ("乙项目", "50.00", "45.00"), ("丙项目", "20.00", "18.00")]
            .enumerated()
        {
            let y = 80 + Double(index) * 15
            unnamed.left(row.0, x: 40, y: y)
            unnamed.right(row.1, x1: 340, y: y)
            unnamed.right(row.2, x1: 460, y: y)
        }
        let pages = [
            page(1, title: "支出预算总表", unit: "元"), page(2, title: "一般公共预算支出功能分类预算表", unit: "元"),
            page(3, title: "政府性基金预算支出功能分类预算表", unit: "元"),
            page(4, title: "国有资本经营预算支出功能分类预算表", unit: "万元"), unnamed.page(),
        ]
        let reading = DocumentReading(pages: pages)
        #expect(reading.metadata.kind == .budget)
        #expect(reading.family == .shanghai)
        #expect(reading.status == .ok)
        #expect(reading.tables.contains { $0.id == .unknown })
        #expect(reading.metadata.unit == "元")
        #expect(reading.tables.first { $0.id == .stateCapital }?.unit == "万元")
    }
}
