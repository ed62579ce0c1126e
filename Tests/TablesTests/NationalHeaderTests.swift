import Foundation
import PageModel
import Records
import Testing
import TestSupport

/// Headers of the national core set as other producers set them: cells packed tight, labels off the middle of
/// the group they span, a header printed again under another label.
@Suite struct NationalHeaderTests {
    private func record(_ kind: TableKind, named name: String, on page: PageBuilder) throws -> Record {
        let table = try #require(SyntheticTables.table(kind, in: [page.page()]))
        return try #require(table.records.first { $0["name"]?.text == name })
    }

    /// 基本支出 spans 小计 / 人员经费 / 公用经费 but sits over 人员经费, off the group's middle: 小计 is still its
    /// figure (`basic`).
    @Test func aSubtotalBesideTheColumnUnderItsLabel() throws {
        var page = PageBuilder()
        page.centred("2026年一般公共预算支出情况表", x: 420, y: 40)
        page.centred("基本支出", x: 571, y: 88)
        page.headerRow(
            [
                ("科目编码", 100), ("科目名称", 240), ("总计", 392), ("小计", 475), ("人员经费", 560), ("公用经费", 656),
                ("项目支出", 740),
            ], y: 100)
        page.bodyRow(
            texts: [("合计", 240)],
            amounts: [("30.00", 410), ("20.00", 500), ("15.00", 590), ("5.00", 680), ("10.00", 770)],
            y: 120)
        let total = try record(.generalBudgetExpenditure, named: "合计", on: page)
        #expect(total["basic"] == SyntheticTables.decimal("20"))
        #expect(total["total"] == SyntheticTables.decimal("30"))
    }

    /// 人员经费 beside 公用经 / 费 (wrapped onto a second line): a column of its own, not a label over 公用经费.
    @Test func aCategoryBesideAWrappedNeighbourIsAColumn() throws {
        var page = PageBuilder(width: 595, height: 842)
        page.centred("2026年一般公共预算基本支出情况表", x: 300, y: 40)
        page.headerRow([("科目名称", 140), ("总计", 274), ("人员经费", 338), ("公用经", 394)], y: 80)
        page.headerRow([("费", 394)], y: 92)
        page.bodyRow(texts: [("[30101]基本工资", 40)], amounts: [("225.08", 292), ("225.08", 355)], y: 120)
        let table = try #require(SyntheticTables.table(.basicExpenditure, in: [page.page()]))
        let record = try #require(table.records.first)
        #expect(record["personnel"] == SyntheticTables.decimal("225.08"))
        #expect(record["public"] == nil)
    }

    /// Two cells set 0.3 em apart on one line, each wrapping onto a line centred under itself (一般公共预 / 算,
    /// 政府性基金 / 预算): two columns, not one.
    @Test func tightCellsEachWithItsOwnWrappedLine() throws {
        var page = PageBuilder()
        page.centred("收入总体情况表", x: 420, y: 40)
        page.headerRow([("科目名称", 120), ("合计", 250), ("一般公共预", 310), ("政府性基金", 358)], y: 90)
        page.headerRow([("算", 310), ("预算", 358)], y: 100)
        page.bodyRow(texts: [("合计", 120)], amounts: [("30.00", 270), ("20.00", 330), ("10.00", 378)], y: 120)
        let total = try record(.income, named: "合计", on: page)
        #expect(total["general_budget"] == SyntheticTables.decimal("20"))
        #expect(total["government_fund"] == SyntheticTables.decimal("10"))
    }

    /// 一般公共预算 and 政府性基金预算 set 0.4 em apart on one line, with no wrapped line to tell them apart: each
    /// names a column of its own.
    @Test func twoTightWordsNamingTwoColumns() throws {
        var page = PageBuilder()
        page.centred("收入总体情况表", x: 420, y: 40)
        page.headerRow([("科目名称", 120), ("合计", 250)], y: 90)
        page.left("一般公共预算", x: 290, y: 90)
        page.left("政府性基金预算", x: 347.6, y: 90)
        page.bodyRow(texts: [("合计", 120)], amounts: [("30.00", 270), ("20.00", 340), ("10.00", 405)], y: 120)
        let total = try record(.income, named: "合计", on: page)
        #expect(total["general_budget"] == SyntheticTables.decimal("20"))
        #expect(total["government_fund"] == SyntheticTables.decimal("10"))
    }

    /// 一般公共预算资金 under 本年收入 and again under 上年结转结余: the second is the carry-over's, kept in `extra`.
    @Test func aHeaderRepeatedUnderAnotherLabel() throws {
        var page = PageBuilder()
        page.centred("收入总表", x: 420, y: 40)
        page.centred("本年收入", x: 370, y: 80)
        page.centred("上年结转结余", x: 570, y: 80)
        page.headerRow(
            [
                ("科目名称", 120), ("合计", 240), ("小计", 320), ("一般公共预算资金", 420), ("小计", 520),
                ("一般公共预算资金", 620),
            ], y: 95)
        page.bodyRow(
            texts: [("合计", 120)],
            amounts: [("33.00", 260), ("30.00", 340), ("30.00", 460), ("3.00", 540), ("3.00", 660)],
            y: 120)
        let total = try record(.income, named: "合计", on: page)
        #expect(total["general_budget"] == SyntheticTables.decimal("30"))
        #expect(total["carryover"] == SyntheticTables.decimal("3"))
        #expect(total["extra"] == .figures(["上年结转结余/一般公共预算资金": 3, "本年收入/小计": 30]))
    }
}
