import Foundation
import Records
import Testing
import TestSupport

/// The 三公 table normalises to six item records whatever its printed form.
@Suite struct ThreePublicTableTests {
    @Test func oneWideRowOfTwelveNumberedColumns() throws {
        var page = PageBuilder()
        page.centred("财政拨款“三公”经费支出决算表", x: 420, y: 40)
        page.centred("预算数", x: 220, y: 80)
        page.centred("决算数", x: 610, y: 80)
        let items = ["合计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行维护费", "公务接待费"]
        for half in 0..<2 {
            let base = 40.0 + Double(half) * 390
            page.centred("公务用车购置及运行维护费", x: base + 210, y: 92)
            for (index, item) in items.enumerated() {
                let y = (2...4).contains(index) ? 106.0 : 99
                page.centred(item, x: base + Double(index) * 64 + 20, y: y)
                page.centred(String(half * 6 + index + 1), x: base + Double(index) * 64 + 20, y: 120)
            }
        }
        let values = ["79.19", "77.71", "1.48", "", "1.48", "", "79.19", "77.71", "1.48", "", "1.48", ""]
        for (index, value) in values.enumerated() where !value.isEmpty {
            page.right(value, x1: 40 + Double(index / 6) * 390 + Double(index % 6) * 64 + 40, y: 135)
        }

        let table = try #require(SyntheticTables.table(.threePublicExpenses, in: [page.page()]))
        #expect(table.records.count == 6)
        let byItem = Dictionary(uniqueKeysWithValues: table.records.map { ($0["item"]!.text!, $0) })
        #expect(byItem["total"]?["budget"] == SyntheticTables.decimal("79.19"))
        #expect(byItem["total"]?["actual"] == SyntheticTables.decimal("79.19"))
        #expect(byItem["overseas_travel"]?["actual"] == SyntheticTables.decimal("77.71"))
        #expect(byItem["vehicles"]?["budget"] == SyntheticTables.decimal("1.48"))
        #expect(byItem["vehicle_operation"]?["actual"] == SyntheticTables.decimal("1.48"))
        #expect(
            byItem["vehicle_purchase"] == ["item": "vehicle_purchase"],
            "an item printed without figures keeps just its item")
    }

    /// A budget's single row of item columns under no 预算数 header, its total as 预算总额: the budget's figures.
    @Test func aBudgetsRowOfItemsUnderNoMeasure() throws {
        var page = PageBuilder()
        page.centred("财政拨款“三公”经费支出表", x: 420, y: 40)
        page.centred("公务用车购置及运行维护费", x: 560, y: 80)
        page.headerRow([("“三公”经费财政拨款预算总额", 120), ("因公出国（境）费用", 260), ("公务接待费", 360)], y: 95)
        page.headerRow([("小计", 460), ("公务用车购置费", 555), ("公务用车运行维护费", 665)], y: 100)
        page.bodyRow(
            texts: [],
            amounts: [("20.00", 140), ("5.00", 280), ("3.00", 380), ("12.00", 480), ("2.00", 575), ("10.00", 685)],
            y: 130)
        let table = try #require(SyntheticTables.table(.threePublicExpenses, in: [page.page()], of: .budget))
        let byItem = Dictionary(uniqueKeysWithValues: table.records.map { ($0["item"]!.text!, $0) })
        #expect(byItem["total"]?["budget"] == SyntheticTables.decimal("20"))
        #expect(byItem["overseas_travel"]?["budget"] == SyntheticTables.decimal("5"))
        #expect(byItem["vehicle_operation"]?["budget"] == SyntheticTables.decimal("10"))
    }

    /// The list form: 项目 / 预算数 / 决算数, one row per (item, budget, actual); blank figures left out.
    static func listPage(title: String, rows: [(String, String, String)]) -> PageBuilder {
        var page = PageBuilder(width: 595, height: 842)
        page.centred(title, x: 300, y: 40)
        page.centred("项目", x: 180, y: 80)
        page.centred("预算数", x: 370, y: 80)
        page.centred("决算数", x: 440, y: 80)
        for (index, row) in rows.enumerated() {
            let y = 100 + Double(index) * 15
            page.left(row.0, x: 120, y: y)
            if !row.1.isEmpty { page.right(row.1, x1: 400, y: y) }
            if !row.2.isEmpty { page.right(row.2, x1: 470, y: y) }
        }
        return page
    }

    @Test func aListOfItemsWithBudgetAndActualColumns() throws {
        let page = Self.listPage(
            title: "财政拨款“三公”经费支出决算表",
            rows: [
                ("合计", "110.03", "108.56"), ("1、因公出国（境）费", "", ""), ("2、公务接待费", "", ""),
                ("3、公务用车购置及运行费", "110.03", "108.56"), ("其中：（1）公务用车运行维护费", "62.73", "62.75"),
                ("（2）公务用车购置费", "47.30", "45.80"),
            ])

        let table = try #require(SyntheticTables.table(.threePublicExpenses, in: [page.page()]))
        let byItem = Dictionary(uniqueKeysWithValues: table.records.map { ($0["item"]!.text!, $0) })
        #expect(byItem["vehicles"]?["budget"] == SyntheticTables.decimal("110.03"))
        #expect(byItem["vehicle_operation"]?["actual"] == SyntheticTables.decimal("62.75"))
        #expect(byItem["vehicle_purchase"]?["budget"] == SyntheticTables.decimal("47.3"))
        #expect(byItem["official_reception"] == ["item": "official_reception"])
    }

    /// A budget's list split by fund (合计 / 一般公共预算 / 政府性基金预算 / 国有资本经营预算): `budget` is the
    /// 一般公共预算 figure; 合计 and the other funds are kept in `extra`, never dropped.
    @Test func aListSplitByFundKeepsTheOtherFundsInExtra() throws {
        var page = PageBuilder(width: 842, height: 595)
        page.centred("财政拨款安排的行政经费及“三公”经费预算表", x: 420, y: 40)
        for (header, x) in [("项目", 200.0), ("合计", 410), ("一般公共预算", 520), ("政府性基金预算", 625), ("国有资本经营预算", 735)] {
            page.centred(header, x: x, y: 80)
        }
        let rows = [("行政经费", "1,443.41"), ("“三公”经费", "226.86"), ("（一）因公出国（境）支出", "215.60"), ("（三）公务接待费支出", "11.26")]
        for (index, row) in rows.enumerated() {
            let y = 100 + Double(index) * 15
            page.left(row.0, x: 120, y: y)
            for x1 in [440.0, 550, 655, 765] { page.right(x1 < 600 ? row.1 : "0.00", x1: x1, y: y) }
        }

        let table = try #require(SyntheticTables.table(.threePublicExpenses, in: [page.page()]))
        let byItem = Dictionary(uniqueKeysWithValues: table.records.map { ($0["item"]!.text!, $0) })
        #expect(byItem["total"]?["budget"] == SyntheticTables.decimal("226.86"))
        #expect(byItem["agency_operation"]?["budget"] == SyntheticTables.decimal("1443.41"))
        #expect(
            byItem["overseas_travel"]?["extra"]
                == .figures(["合计": Decimal(string: "215.60")!, "政府性基金预算": 0, "国有资本经营预算": 0]))
    }
}

/// Provinces that print “三公”经费及会议费、培训费 add the items `meetings` and `training`; tables that do not
/// print them get no such records.
@Suite struct MeetingsAndTrainingTests {
    @Test func theProvincialVariantAddsTwoItems() throws {
        let page = ThreePublicTableTests.listPage(
            title: "2023年度“三公”经费及会议费、培训费支出决算表",
            rows: [
                ("合计", "20.00", "18.50"), ("因公出国（境）费", "", ""), ("公务接待费", "5.00", "4.20"),
                ("公务用车购置及运行维护费", "15.00", "14.30"), ("其中：公务用车购置费", "", ""),
                ("公务用车运行维护费", "15.00", "14.30"), ("会议费", "3.00", "2.10"), ("培训费", "4.00", "3.90"),
            ])

        let table = try #require(SyntheticTables.table(.threePublicExpenses, in: [page.page()]))
        #expect(table.records.count == 8)
        let byItem = Dictionary(uniqueKeysWithValues: table.records.map { ($0["item"]!.text!, $0) })
        #expect(byItem["meetings"]?["budget"] == SyntheticTables.decimal("3"))
        #expect(byItem["meetings"]?["actual"] == SyntheticTables.decimal("2.1"))
        #expect(byItem["training"]?["actual"] == SyntheticTables.decimal("3.9"))
        #expect(byItem["official_reception"]?["actual"] == SyntheticTables.decimal("4.2"))
    }
}
