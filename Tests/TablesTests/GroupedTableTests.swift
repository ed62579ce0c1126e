import Records
import Testing
import TestSupport

/// 基本支出决算表 prints 经济分类 code/name/amount groups side by side under 人员经费 and 公用经费.
@Suite struct GroupedTableTests {
    @Test func groupsUnfoldInReadingOrderWithTheirCategories() throws {
        var page = PageBuilder()
        page.centred("一般公共预算财政拨款基本支出决算表", x: 420, y: 40)
        page.centred("人员经费", x: 150, y: 80)
        page.centred("公用经费", x: 560, y: 80)
        for group in 0..<3 {
            let base = 30.0 + Double(group) * 265
            page.centred("科目编码", x: base + 25, y: 95)
            page.centred("科目名称", x: base + 110, y: 95)
            page.centred("决算数", x: base + 215, y: 95)
        }
        page.left("301", x: 30, y: 115)
        page.left("工资福利支出", x: 80, y: 115)
        page.right("100.00", x1: 290, y: 115)
        page.left("302", x: 295, y: 115)
        page.left("商品和服务支出", x: 345, y: 115)
        page.right("20.00", x1: 555, y: 115)
        page.left("310", x: 560, y: 115)
        page.left("资本性支出", x: 610, y: 115)
        page.right("——", x1: 820, y: 115)
        page.left("30101", x: 30, y: 130)
        page.left("基本工资", x: 80, y: 130)
        page.right("100.00", x1: 290, y: 130)
        page.left("人员经费合计", x: 30, y: 150)
        page.right("100.00", x1: 290, y: 150)
        page.left("公用经费合计", x: 295, y: 150)
        page.right("20.00", x1: 820, y: 150)

        let table = try #require(SyntheticTables.table(.basicExpenditure, in: [page.page()]))
        #expect(
            table.records.map { $0["code"]?.text ?? $0["name"]?.text ?? "" }
                == ["301", "30101", "302", "310", "人员经费合计", "公用经费合计"])
        #expect(
            table.records.map { $0["category"] } == [
                "personnel", "personnel", "public", "public", "personnel", "public",
            ])
        #expect(table.records[3]["amount"] == nil, "—— is absent, not 0")
        #expect(table.records[5]["amount"] == .number(20))
    }
}
