import Records
@testable import Tables
import Testing
import TestSupport

/// A document of no known family is kept, not dropped: its table-like regions become generic grids.
@Suite struct UnknownLayoutTests {
    @Test func aBudgetBookIsUnrecognizedAndItsGridKept() {
        var page = PageBuilder()
        page.centred("2025年部门收支预算总表", x: 420, y: 40)
        page.left("项目", x: 40, y: 80)
        page.left("预算数", x: 300, y: 80)
        page.left("上年数", x: 420, y: 80)
        for (index, row) in [
            ("一般公共预算拨款", "1,200.00", "1,100.00"), ("事业收入", "30.50", "28.00"),
            ("其他收入", "4.00", "3.00"),
        ].enumerated() {
            let y = 100 + Double(index) * 15
            page.left(row.0, x: 40, y: y)
            page.right(row.1, x1: 340, y: y)
            page.right(row.2, x1: 460, y: y)
        }
        let reading = DocumentReading(pages: [page.page()])
        #expect(reading.family == .unknown)
        #expect(reading.status == .unrecognized)
        #expect(reading.tables.count == 1)
        #expect(reading.tables.first?.id == .unknown)
        #expect(reading.tables.first?.rows?.first == ["一般公共预算拨款", "1,200.00", "1,100.00"])
    }

    /// A notice that names neither kind of report has no kind and is unrecognized, whatever figures it prints.
    @Test func aNoticeIsNoReport() {
        var page = PageBuilder()
        page.centred("关于做好信息公开工作的通知", x: 420, y: 40)
        page.left("各单位：请按时报送材料，截至目前共收到报送材料", x: 40, y: 80)
        let reading = DocumentReading(pages: [page.page()])
        #expect(reading.metadata.kind == nil)
        #expect(reading.family == .unknown)
        #expect(reading.status == .unrecognized)
    }
}
