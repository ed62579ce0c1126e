import Records
@testable import Tables
import Testing
import TestSupport

/// 收入决算表-style tables on built pages: header words wrapped over lines, names wrapped inside a cell,
/// blank and —— cells, amounts with and without separators, codes split into 类/款/项 columns.
@Suite struct CodedTableTests {
    /// Title, unit line and a two-row header whose 本年收入合计 wraps after 合.
    private func incomeHeader(_ page: inout PageBuilder) {
        page.centred("收入决算表", x: 300, y: 40)
        page.right("单位：万元", x1: 560, y: 60)
        page.centred("项目", x: 110, y: 80)
        page.centred("功能分类科目编码", x: 60, y: 95)
        page.centred("科目名称", x: 160, y: 95)
        page.centred("本年收入合", x: 270, y: 85)
        page.centred("计", x: 270, y: 96)
        page.centred("财政拨款收入", x: 360, y: 90)
        page.centred("其他收入", x: 460, y: 90)
    }

    @Test func wrappedHeaderWrappedNameBlanksAndDashes() throws {
        var page = PageBuilder(width: 595, height: 842)
        incomeHeader(&page)
        page.left("合计", x: 30, y: 120)
        page.right("2,697.60", x1: 300, y: 120)
        page.right("2,697.60", x1: 390, y: 120)
        page.left("201", x: 30, y: 140)
        page.left("一般公共服务支出", x: 100, y: 140)
        page.right("2697.60", x1: 300, y: 140)
        page.right("——", x1: 390, y: 140)
        page.right("0.00", x1: 490, y: 140)
        // A name wrapped inside its cell, printed centred around the row's numbers.
        page.left("机关事业单位基本养老保", x: 100, y: 155)
        page.left("2080505", x: 30, y: 160)
        page.right("178.84", x1: 300, y: 160)
        page.left("险缴费支出", x: 100, y: 165)
        page.left("2080506", x: 30, y: 185)
        page.left("职业年金缴费支出", x: 100, y: 185)
        page.right("43.69", x1: 300, y: 185)
        page.left("注：本表反映部门本年度取得的各项收入情况。", x: 30, y: 210)

        let table = try #require(SyntheticTables.table(.income, in: [page.page()]))
        #expect(table.empty == false)
        #expect(
            table.records == [
                [
                    "name": "合计", "total": SyntheticTables.decimal("2697.6"),
                    "fiscal_appropriation": SyntheticTables.decimal("2697.6"),
                ],
                ["code": "201", "name": "一般公共服务支出", "total": SyntheticTables.decimal("2697.6"), "other": .number(0)],
                ["code": "2080505", "name": "机关事业单位基本养老保险缴费支出", "total": SyntheticTables.decimal("178.84")],
                ["code": "2080506", "name": "职业年金缴费支出", "total": SyntheticTables.decimal("43.69")],
            ])
    }

    @Test func codesPrintedInClassSectionItemColumnsAreJoined() throws {
        var page = PageBuilder(width: 595, height: 842)
        page.centred("支出决算表", x: 300, y: 40)
        page.centred("功能分类科目编码", x: 60, y: 75)
        page.headerRow(
            [("类", 35), ("款", 60), ("项", 85), ("科目名称", 170), ("合计", 300), ("基本支出", 380), ("项目支出", 460)], y: 90)
        page.bodyRow(
            texts: [("201", 28), ("一般公共服务支出", 110)], amounts: [("100.00", 330), ("60.00", 410), ("40.00", 490)], y: 110)
        page.bodyRow(
            texts: [("201", 28), ("03", 56), ("01", 81), ("行政运行", 110)], amounts: [("60.00", 330), ("60.00", 410)],
            y: 125)

        let table = try #require(SyntheticTables.table(.expenditure, in: [page.page()]))
        #expect(table.records.map { $0["code"] } == [.text("201"), .text("2010301")])
        #expect(table.records[1]["basic"] == .number(60))
        #expect(table.records[1]["project"] == nil)
    }

    @Test func emptyTableWithOnlyATotalRow() throws {
        var page = PageBuilder(width: 595, height: 842)
        page.centred("政府性基金预算财政拨款收入支出决算表", x: 300, y: 40)
        page.headerRow(
            [
                ("科目编码", 60), ("科目名称", 150), ("年初结转和结余", 250), ("本年收入", 330), ("基本支出", 410),
                ("项目支出", 480),
            ], y: 90)
        page.left("合计", x: 30, y: 110)
        page.left("注：本表无数据。", x: 30, y: 130)

        let table = try #require(SyntheticTables.table(.governmentFund, in: [page.page()]))
        #expect(table.empty)
        #expect(table.records.isEmpty)
    }

    @Test func tableContinuedOnANextPageWithoutItsHeader() throws {
        var first = PageBuilder(number: 1, width: 595, height: 842)
        first.centred("一般公共预算财政拨款支出决算表", x: 300, y: 40)
        first.headerRow([("科目编码", 60), ("科目名称", 160), ("合计", 300), ("基本支出", 380), ("项目支出", 460)], y: 90)
        first.bodyRow(texts: [("201", 30), ("一般公共服务支出", 100)], amounts: [("10.00", 330), ("10.00", 410)], y: 110)
        var second = PageBuilder(number: 2, width: 595, height: 842)
        second.bodyRow(texts: [("20101", 30), ("人大事务", 100)], amounts: [("10.00", 330), ("10.00", 410)], y: 40)
        second.left("注：本表反映部门本年度一般公共预算财政拨款支出情况。", x: 30, y: 60)

        let table = try #require(SyntheticTables.table(.generalBudgetExpenditure, in: [first.page(), second.page()]))
        #expect(table.pages == [1, 2])
        #expect(table.records.map { $0["code"] } == [.text("201"), .text("20101")])
        #expect(table.records[1]["basic"] == .number(10))
    }

    @Test func aTableOfContentsLineIsNoTable() {
        var page = PageBuilder(width: 595, height: 842)
        page.left("目录", x: 270, y: 40)
        page.left("二、收入决算表", x: 45, y: 80)
        page.left("三、支出决算表", x: 45, y: 100)
        page.left("第三部分 情况说明", x: 45, y: 120)
        #expect(SyntheticTables.tables([page.page()]).tables.isEmpty)
    }
}

/// A code printed in the name's cell.
@Suite struct CodeInNameCellTests {
    @Test func leadingDigitsOfANameCellAreItsCode() {
        #expect(CodedRecords.leadingCode(of: "2010301行政运行")! == ("2010301", "行政运行"))
        #expect(CodedRecords.leadingCode(of: "2010601-行政运行")! == ("2010601", "行政运行"))
        #expect(CodedRecords.leadingCode(of: "[30101]基本工资")! == ("30101", "基本工资"))
        #expect(CodedRecords.leadingCode(of: "[30101基本工资") == nil)
        // 三 is a numeral to Unicode: a name may start with one.
        #expect(CodedRecords.leadingCode(of: "3021503-三类会议费")! == ("3021503", "三类会议费"))
        #expect(CodedRecords.leadingCode(of: "一般公共服务支出") == nil)
        #expect(CodedRecords.leadingCode(of: "2024.5") == nil)
    }
}
