import Records
import PageModel
@testable import Tables
import Testing
import TestSupport

/// Page numbers and running footers printed under a table are no part of it.
@Suite struct PageFurnitureTests {
    @Test(arguments: ["- 3 -", "3", "第3页", "第 3 页 共 20 页"])
    func aPageNumberUnderATableIsNoRow(footer: String) throws {
        var page = PageBuilder(width: 595, height: 842)
        page.centred("支出决算表", x: 300, y: 40)
        page.headerRow([("科目编码", 60), ("科目名称", 170), ("合计", 300), ("基本支出", 380), ("项目支出", 460)], y: 90)
        page.bodyRow(
            texts: [("201", 30), ("一般公共服务支出", 100)], amounts: [("100.00", 337), ("60.00", 417), ("40.00", 497)], y: 110)
        page.bodyRow(texts: [("2010301", 30), ("行政运行", 100)], amounts: [("60.00", 337), ("60.00", 417)], y: 125)
        page.centred(footer, x: 380, y: 800)

        let table = try #require(SyntheticTables.table(.expenditure, in: [page.page()]))
        #expect(table.records.count == 2)
        #expect(table.records[1]["project"] == nil)
        #expect(table.records[1]["basic"] == .number(60))
        #expect(!table.records.contains { $0.values.contains(.number(3)) })
    }
}

extension PageFurnitureTests {
    @Test func aLargeWatermarkAcrossTheBodyIsNoText() throws {
        var page = PageBuilder(width: 595, height: 842)
        page.centred("支出决算表", x: 300, y: 40)
        page.headerRow([("科目编码", 60), ("科目名称", 170), ("合计", 300), ("基本支出", 380), ("项目支出", 460)], y: 90)
        let rows = [
            ("201", "一般公共服务支出", "100.00"), ("20103", "政府办公厅（室）及相关机构事务", "80.00"),
            ("2010301", "行政运行", "60.00"), ("2010350", "事业运行", "20.00"),
        ]
        for (index, row) in rows.enumerated() {
            page.bodyRow(
                texts: [(row.0, 30), (row.1, 100)], amounts: [(row.2, 337), (row.2, 417)], y: 110 + 15 * Double(index))
        }
        var watermark = PageBuilder(width: 595, height: 842, fontSize: 36)
        for (index, character) in ["内", "部", "资", "料"].enumerated() {
            watermark.left(character, x: 150 + 70 * Double(index), y: 160 - 18 * Double(index))
        }
        let glyphs = page.glyphs + watermark.glyphs
        let table = try #require(
            SyntheticTables.table(
                .expenditure,
                in: [PageModel.Page(number: 1, width: 595, height: 842, quarterTurned: false, glyphs: glyphs)]))
        #expect(table.records.map { $0["name"] } == rows.map { .text($0.1) })
        #expect(table.records.map { $0["total"] } == rows.map { SyntheticTables.decimal($0.2) })
    }
}
