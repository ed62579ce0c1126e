import PageModel
@testable import Tables
import Testing
import TestSupport

/// Each continuation rule carries a 一般公共预算 table onto its second page, and says so.
@Suite struct ContinuationRuleTests {
    private let header = [("科目编码", 60.0), ("科目名称", 160.0), ("合计", 300.0), ("基本支出", 380.0)]

    private func page(
        _ number: Int, title: String?, header printsHeader: Bool = true, rows: [(String, String, String?)]
    )
        -> Page
    {
        var page = PageBuilder(number: number, width: 595, height: 842)
        var y = 40.0
        if let title {
            page.centred(title, x: 300, y: y)
            y += 40
        }
        if printsHeader {
            page.headerRow(header, y: y)
            y += 20
        }
        for row in rows {
            page.bodyRow(
                texts: [(row.0, 30), (row.1, 100)], amounts: row.2.map { [($0, 330), ($0, 410)] } ?? [], y: y)
            y += 15
        }
        return page.page()
    }

    private func rule(onto second: Page) -> ContinuationRule? {
        let first = page(1, title: "一般公共预算财政拨款支出决算表", rows: [("201", "一般公共服务支出", "10.00")])
        let located = TableLocator(catalogue: .standard, settings: .standard).locate(in: [first, second])
        #expect(located.tables.count == 1)
        return located.tables.first?.regions.last.flatMap { $0.region.page == 2 ? $0.region.continuedBy : nil }
    }

    @Test func aTitleMarkedContinued() {
        #expect(
            rule(onto: page(2, title: "一般公共预算财政拨款支出决算表（续）", rows: [("20101", "人大事务", "1.00")]))
                == .markedContinued)
    }

    @Test func theSameTitleOverTheSameColumns() {
        #expect(
            rule(onto: page(2, title: "一般公共预算财政拨款支出决算表", rows: [("20101", "人大事务", "1.00")]))
                == .titleRepeated)
    }

    @Test func aRepeatedHeaderWithoutTitle() {
        #expect(rule(onto: page(2, title: nil, rows: [("20101", "人大事务", "1.00")])) == .headerRepeated)
    }

    @Test func figuresUnderTheColumnsOfThePageBefore() {
        #expect(rule(onto: page(2, title: nil, header: false, rows: [("20101", "人大事务", "1.00")])) == .figuresFitColumns)
    }

    @Test func itemsWithoutFigures() {
        #expect(
            rule(onto: page(2, title: nil, header: false, rows: [("", "十二、其他", nil), ("", "十三、其他", nil)]))
                == .itemsGoOn)
    }

    /// A page opening with a 项 piece and a name but no figures (a catalogue row), figures on the next row.
    @Test func aCodePieceWithoutFiguresDecidesNothing() {
        let rows: [(String, String, String?)] = [("99", "其他资源勘探业支出", nil), ("05", "工业和信息产业", "1939.87")]
        #expect(rule(onto: page(2, title: nil, header: false, rows: rows)) == .figuresFitColumns)
    }

    /// Items wrapped in a narrow cell: the rest of each name on a line of its own, no figures on the page.
    @Test func itemsWrappedWithoutFigures() {
        let rows: [(String, String, String?)] = [
            ("", "十二、农林水支", nil), ("", "出", nil), ("", "十三、交通运输", nil), ("", "支出", nil),
        ]
        #expect(rule(onto: page(2, title: nil, header: false, rows: rows)) == .itemsGoOn)
    }
}

/// Each rule that ends a header, on a line of its own.
@Suite struct HeaderEndRuleTests {
    private func line(_ words: [(String, Double)]) -> Line {
        var page = PageBuilder()
        for (text, x) in words { page.left(text, x: x, y: 100) }
        return page.page().lines[0]
    }

    @Test(
        arguments: [
            ([("栏次", 30.0), ("1", 200), ("2", 260)], HeaderEndRule.columnNumberRow),
            ([("注：本表无数据", 30)], .note),
            ([("合计", 30), ("10.00", 200)], .totalRow),
            ([("一、一般公共预算财政拨款收入", 30)], .enumeratedItem),
            ([("2010301", 30), ("行政运行", 100)], .figureOrCode),
            ([("01", 80), ("资源勘探开发", 140)], .figureOrCode),
        ] as [([(String, Double)], HeaderEndRule)])
    func eachRuleEndsTheHeaderAtItsLine(words: [(String, Double)], rule: HeaderEndRule) {
        #expect(rule.ends(at: line(words), totalLabels: ["合计"], afterHeader: true))
    }

    /// 北京 sets 合计 higher than the header words beside it, alone on a line: the next line's header words show it
    /// is a header cell, not an empty total row.
    @Test func aTotalLabelAboveHeaderWordsIsNoTotalRow() {
        let total = line([("合计", 30)])
        #expect(
            !HeaderEndRule.totalRow.ends(
                at: total, next: line([("一般公共预算资金", 100)]), totalLabels: ["合计"],
                afterHeader: true))
        #expect(
            HeaderEndRule.totalRow.ends(
                at: total, next: line([("注：本表无数据", 30)]), totalLabels: ["合计"],
                afterHeader: true))
        #expect(HeaderEndRule.totalRow.ends(at: total, next: nil, totalLabels: ["合计"], afterHeader: true))
    }

    @Test func headerWordsEndNothing() {
        let header = line([("科目编码", 30), ("科目名称", 100), ("合计", 200), ("基本支出", 260)])
        #expect(HeaderEndRule.first(at: header, totalLabels: ["合计"], afterHeader: true) == nil)
        let numbers = line([("12", 30), ("13", 100)])
        #expect(HeaderEndRule.first(at: numbers, totalLabels: ["合计"], afterHeader: true) == nil, "a piece opens a name")
        #expect(!HeaderEndRule.columnNumberRow.ends(at: header, totalLabels: ["合计"], afterHeader: true))
    }

    @Test func anItemBeforeAnyHeaderIsATitleLineNotABody() {
        #expect(!HeaderEndRule.enumeratedItem.ends(at: line([("一、收入", 30)]), totalLabels: [], afterHeader: false))
    }
}
