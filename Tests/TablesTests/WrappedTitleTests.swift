import Records
@testable import Tables
import Testing
import TestSupport

/// Long titles with a department and year before them wrap on narrow pages. The second line alone can be
/// another table's title (`支出决算表`), so the two lines are read together.
@Suite struct WrappedTitleTests {
    private func page(title lines: [String]) -> PageBuilder {
        var page = PageBuilder(width: 595, height: 842)
        for (index, line) in lines.enumerated() { page.centred(line, x: 300, y: 40 + 12 * Double(index)) }
        page.right("单位：万元", x1: 560, y: 75)
        page.headerRow([("科目编码", 60), ("科目名称", 170), ("合计", 300), ("基本支出", 380), ("项目支出", 460)], y: 90)
        page.bodyRow(
            texts: [("201", 30), ("一般公共服务支出", 100)], amounts: [("100.00", 337), ("60.00", 417), ("40.00", 497)], y: 110)
        return page
    }

    @Test func aTitleWrappedBeforeItsLastWordsIsReadWhole() throws {
        let page = page(title: ["中共朝阳市委组织部2024年度一般公共预算财政拨款", "支出决算表"])
        let tables = SyntheticTables.tables([page.page()]).tables
        #expect(tables.map(\.id) == [.generalBudgetExpenditure])
        #expect(tables.first?.title == "中共朝阳市委组织部2024年度一般公共预算财政拨款支出决算表")
        #expect(tables.first?.records.first?["basic"] == .number(60))
    }

    @Test func aTitleTaggedOnItsFirstLineKeepsItsNumber() throws {
        let page = page(title: ["公开05表 一般公共预算财政拨款", "支出决算表"])
        let table = try #require(SyntheticTables.tables([page.page()]).tables.first)
        #expect(table.id == .generalBudgetExpenditure)
        #expect(table.number == "05")
    }

    @Test func aLineAboveAWholeTitleStaysOutOfIt() throws {
        let page = page(title: ["中共朝阳市委组织部", "2024年度支出决算表"])
        let table = try #require(SyntheticTables.tables([page.page()]).tables.first)
        #expect(table.id == .expenditure)
        #expect(table.title == "2024年度支出决算表")
    }

    @Test func aProjectNameWrappedBeforeTheFormTitleIsPartOfIt() throws {
        var page = PageBuilder(width: 842, height: 595)
        page.centred("下乡调研费、因公外出考察、学习费等业务费,值班系统服务费,治超工", x: 420, y: 30)
        page.centred("作经费项目支出绩效自评表", x: 420, y: 42)
        page.left("(2024年度)", x: 30, y: 60)
        page.left("项目名称", x: 30, y: 80)
        page.left("治超工作经费", x: 150, y: 80)
        let table = try #require(SyntheticTables.tables([page.page()]).tables.first)
        #expect(table.id == .projectPerformance)
        #expect(table.title == "下乡调研费、因公外出考察、学习费等业务费,值班系统服务费,治超工作经费项目支出绩效自评表")
    }
}

/// A title may carry its year after it, on the same line.
@Suite struct TitleYearTests {
    @Test func aYearAfterTheTitleIsNoPartOfIt() {
        let finder = TitleFinder(catalogue: .standard, settings: .standard)
        for printed in ["预算项目(政策)绩效自评表 (2024 年度)", "收入决算表（2023年）", "支出决算表2024年度"] {
            var page = PageBuilder()
            page.left(printed, x: 40, y: 40)
            let line = page.page().lines[0]
            #expect(finder.match(line) != nil, "\(printed)")
        }
    }
}
