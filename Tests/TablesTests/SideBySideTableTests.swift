import Records
import Testing
import TestSupport

/// The two summary tables print 收入 and 支出 side by side sharing rows; each side becomes its own records.
@Suite struct SideBySideTableTests {
    @Test func eachSideKeepsItsItemsLinesAndAmounts() throws {
        var page = PageBuilder()
        page.centred("收入支出决算总表", x: 420, y: 40)
        page.left("公开01表", x: 760, y: 55)
        page.left("部门：某某局", x: 30, y: 65)
        page.right("金额单位：万元", x1: 810, y: 65)
        page.centred("收入", x: 150, y: 85)
        page.centred("支出", x: 560, y: 85)
        for (x, text) in [(100.0, "项目"), (220, "行次"), (280, "金额"), (430, "项目"), (620, "行次"), (720, "金额")] {
            page.centred(text, x: x, y: 100)
        }
        page.centred("栏次", x: 100, y: 115)
        page.centred("1", x: 280, y: 115)
        page.centred("栏次", x: 430, y: 115)
        page.centred("2", x: 720, y: 115)
        // Row 1: both sides with amounts; the amount on the left touches the item on the right.
        page.left("一、一般公共预算财政拨款收入", x: 30, y: 130)
        page.right("1", x1: 230, y: 130)
        page.right("2,697.60", x1: 320, y: 130)
        page.left("一、一般公共服务支出", x: 321, y: 130)
        page.right("32", x1: 630, y: 130)
        page.right("2,083.88", x1: 760, y: 130)
        // Row 2: an item printed with no amount, and a line number with no item on the left.
        page.right("2", x1: 230, y: 145)
        page.left("二、外交支出", x: 321, y: 145)
        page.right("33", x1: 630, y: 145)
        page.left("总计", x: 30, y: 160)
        page.right("3", x1: 230, y: 160)
        page.right("2,697.60", x1: 320, y: 160)
        page.left("总计", x: 321, y: 160)
        page.right("34", x1: 630, y: 160)
        page.right("2,697.60", x1: 760, y: 160)

        let table = try #require(SyntheticTables.table(.incomeExpenditureSummary, in: [page.page()]))
        #expect(table.number == "01")
        #expect(table.records.count == 5)
        #expect(
            table.records.contains([
                "side": "income", "item": "一、一般公共预算财政拨款收入", "line": .number(1),
                "amount": SyntheticTables.decimal("2697.6"),
            ]))
        #expect(
            table.records.contains([
                "side": "expenditure", "item": "一、一般公共服务支出", "line": .number(32),
                "amount": SyntheticTables.decimal("2083.88"),
            ]))
        #expect(table.records.contains(["side": "expenditure", "item": "二、外交支出", "line": .number(33)]))
        #expect(!table.records.contains { $0["line"] == .number(2) }, "a row with no item text is left out")
    }

    /// Items wrapped over three lines in narrow cells of tall rows, their figures centred beside the middle line
    /// (lines 1.25 em apart); the next row starts 2 em further down and is a row of its own.
    @Test func anItemWrappedOverThreeLinesKeepsItsFigures() throws {
        var page = PageBuilder(width: 595, height: 842, fontSize: 10)
        page.centred("收入支出决算总表", x: 300, y: 40)
        for (x, text) in [(80.0, "项目"), (160, "行次"), (220, "金额"), (330, "项目"), (420, "行次"), (500, "金额")] {
            page.centred(text, x: x, y: 80)
        }
        for (index, item) in [("一、一般公共", "预算财政拨款", "收入"), ("二、政府性基", "金预算财政拨", "款收入")].enumerated() {
            let top = 100 + Double(index) * 57.5
            page.left(item.0, x: 45, y: top)
            page.left(item.1, x: 45, y: top + 12.5)
            page.left(item.2, x: 45, y: top + 25)
            page.right(String(index + 1), x1: 165, y: top + 12.5)
            if index == 0 { page.right("2,697.60", x1: 250, y: top + 12.5) }
        }
        page.left("使用非财政拨", x: 45, y: 235)
        page.right("3", x1: 165, y: 235)

        let table = try #require(SyntheticTables.table(.incomeExpenditureSummary, in: [page.page()]))
        let income = table.records.filter { $0["side"] == .text("income") }
        #expect(income.map { $0["item"]?.text } == ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "使用非财政拨"])
        #expect(income.first?["amount"] == SyntheticTables.decimal("2697.6"))
        #expect(income.map { $0["line"] } == [.number(1), .number(2), .number(3)])
    }
}
