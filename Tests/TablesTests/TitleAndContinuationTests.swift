import Records
import Testing
import TestSupport

/// Titles printed with a prefix or a continuation mark, and continued pages under a running header.
@Suite struct TitleAndContinuationTests {
    /// A 一般公共预算 expenditure page: header at `top`, then one row per (code, name, amount).
    private func page(
        _ number: Int, title: String?, runningHeader: String? = nil, rows: [(String, String, String)]
    ) -> PageBuilder {
        var page = PageBuilder(number: number, width: 595, height: 842)
        var y = 40.0
        if let runningHeader {
            page.centred(runningHeader, x: 300, y: y)
            y += 40
        }
        if let title {
            page.centred(title, x: 300, y: y)
            page.headerRow([("科目编码", 60), ("科目名称", 160), ("合计", 300), ("基本支出", 380)], y: y + 40)
            y += 60
        }
        for row in rows {
            page.bodyRow(texts: [(row.0, 30), (row.1, 100)], amounts: [(row.2, 330), (row.2, 410)], y: y)
            y += 15
        }
        return page
    }

    @Test func aTitleAfterADepartmentAndYearIsFoundAsTheLongestKnownTitle() throws {
        let first = page(1, title: "某某局2024年度一般公共预算财政拨款支出决算表", rows: [("201", "一般公共服务支出", "10.00")])
        let tables = SyntheticTables.tables([first.page()]).tables
        #expect(tables.map(\.id) == [.generalBudgetExpenditure])
    }

    /// A browser flowing tables leaves a title and its unit at the foot of a page and prints the table on the
    /// next: the table is that title's, not a continuation of the one above it.
    @Test func aTitleLeftAtTheFootOfAPageHeadsTheTableOnTheNext() throws {
        var first = page(1, title: "一般公共预算财政拨款支出决算表", rows: [("201", "一般公共服务支出", "10.00")])
        first.centred("政府性基金预算财政拨款支出决算表", x: 300, y: 780)
        first.left("单位：万元", x: 480, y: 800)
        var second = PageBuilder(number: 2, width: 595, height: 842)
        second.headerRow([("科目编码", 60), ("科目名称", 160), ("合计", 300), ("基本支出", 380)], y: 40)
        second.bodyRow(texts: [("229", 30), ("其他支出", 100)], amounts: [("7.00", 330), ("7.00", 410)], y: 60)
        let tables = SyntheticTables.tables([first.page(), second.page()]).tables
        #expect(tables.map(\.id) == [.generalBudgetExpenditure, .governmentFund])
        #expect(tables.first?.records.count == 1, "the foot title's lines are no rows of the table above")
        #expect(tables.last?.records.first?["code"] == .text("229"))
    }

    @Test func aTitleMarkedContinuedGoesOnWithTheOpenTable() throws {
        let first = page(1, title: "一般公共预算财政拨款支出决算表", rows: [("201", "一般公共服务支出", "10.00")])
        let second = page(2, title: "一般公共预算财政拨款支出决算表（续）", rows: [("20101", "人大事务", "10.00")])
        let tables = SyntheticTables.tables([first.page(), second.page()]).tables
        #expect(tables.count == 1)
        #expect(tables.first?.pages == [1, 2])
        #expect(tables.first?.records.map { $0["code"] } == [.text("201"), .text("20101")])
    }

    @Test func aRunningPageHeaderAboveAContinuedBodyIsNotARow() throws {
        let first = page(1, title: "一般公共预算财政拨款支出决算表", rows: [("201", "一般公共服务支出", "10.00")])
        let second = page(2, title: nil, runningHeader: "某某局2024年度部门决算", rows: [("20101", "人大事务", "10.00")])
        let table = try #require(SyntheticTables.table(.generalBudgetExpenditure, in: [first.page(), second.page()]))
        #expect(table.pages == [1, 2])
        #expect(table.records.map { $0["name"] } == [.text("一般公共服务支出"), .text("人大事务")])
    }

    @Test func prosePagesAfterATableAreNotRows() throws {
        let first = page(1, title: "一般公共预算财政拨款支出决算表", rows: [("201", "一般公共服务支出", "10.00")])
        var prose = PageBuilder(number: 2, width: 595, height: 842)
        prose.left("第三部分", x: 45, y: 40)
        prose.left("2024", x: 45, y: 60)
        prose.left("年度本部门收入合计10.00万元，比上年增加。", x: 70, y: 60)
        let table = try #require(SyntheticTables.table(.generalBudgetExpenditure, in: [first.page(), prose.page()]))
        #expect(table.pages == [1])
        #expect(table.records.count == 1)
    }

    /// A two-sided summary whose continuation page starts with items that print no figures (十二、… with blank
    /// amounts), with its title and header only on the first page.
    @Test func itemsWithoutFiguresAtTheTopOfAPageContinueTheList() throws {
        var first = PageBuilder(number: 1, width: 595, height: 842)
        first.centred("财政拨款收入支出决算总表", x: 300, y: 40)
        first.headerRow([("项目", 80), ("金额", 200), ("项目", 330), ("合计", 480)], y: 80)
        first.bodyRow(
            texts: [("一、一般公共预算财政拨款", 30), ("一、一般公共服务支出", 280)], amounts: [("10.00", 230), ("10.00", 510)], y: 100)
        first.bodyRow(texts: [("十一、城乡社区支出", 280)], amounts: [], y: 115)
        var second = PageBuilder(number: 2, width: 595, height: 842)
        second.bodyRow(texts: [("十二、农林水支出", 280)], amounts: [], y: 40)
        second.bodyRow(texts: [("十三、交通运输支出", 280)], amounts: [], y: 55)
        var third = PageBuilder(number: 3, width: 595, height: 842)
        third.bodyRow(texts: [("本年收入合计", 30), ("本年支出合计", 280)], amounts: [("10.00", 230), ("10.00", 510)], y: 40)
        let table = try #require(
            SyntheticTables.table(.fiscalAppropriationSummary, in: [first.page(), second.page(), third.page()]))
        #expect(table.pages == [1, 2, 3])
        let items = table.records.filter { $0["side"] == .text("expenditure") }.compactMap { $0["item"]?.text }
        #expect(items == ["一、一般公共服务支出", "十一、城乡社区支出", "十二、农林水支出", "十三、交通运输支出", "本年支出合计"])
    }
}
