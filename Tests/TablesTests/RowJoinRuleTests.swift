import PageModel
@testable import Tables
import Testing

/// Each row rule on its own: a line (cells by column, at a height) against the row above, on a hand-built
/// column model of a coded table (code at 50, name at 150, amount at 300; font size 10).
@Suite struct RowJoinRuleTests {
    private let builder: RowBuilder = {
        let columns = [
            (ColumnKey.record(.code), ColumnRule.ValueKind.code, 50.0), (.record(.name), .text, 150),
            (.record(.total), .amount, 300),
        ].map { key, kind, center in
            Column(
                key: key, value: kind,
                header: HeaderCell(
                    text: "", printed: "",
                    box: Box(x0: center - 20, y0: 0, x1: center + 20, y1: 10), fontSize: 10))
        }
        return RowBuilder(model: ColumnModel(columns: columns), settings: .standard, totalLabels: ["合计"])
    }()

    /// A row at `y` of `cells` (column index → text and its left edge).
    private func row(_ cells: [Int: (String, Double)], y: Double, page: Int = 1) -> BodyRow {
        let words = cells.mapValues { text, x in
            [Word(text: text, box: Box(x0: x, y0: y - 5, x1: x + 10 * Double(text.count), y1: y + 5), fontSize: 10)]
        }
        return BodyRow(page: page, cells: words, midY: y)
    }

    private func context(
        _ line: BodyRow, anchored: Bool, above: BodyRow?, below: BodyRow? = nil, waiting: Bool = false,
        textRowsAreReal: Bool = false
    ) -> RowJoinContext {
        RowJoinContext(
            line: LineRow(row: line, anchored: anchored, em: 10), previous: above, next: below,
            lastRow: above, waiting: waiting, near: 16, edges: [1: 210], textRowsAreReal: textRowsAreReal)
    }

    @Test func figuresSetJustAboveTheirNameShareItsRow() {
        let name = row([0: ("2010301", 30), 1: ("行政运行", 130)], y: 100)
        let figures = row([2: ("12.00", 280)], y: 104)
        #expect(builder.apply(.sharedBand, context(figures, anchored: true, above: name)) == .joinAbove)
        #expect(builder.apply(.sharedBand, context(figures, anchored: true, above: name, waiting: true)) == nil)
    }

    /// 重庆: a name's first line with the row's figures, then the code level with the name's second line, half a
    /// line lower (the line before ran full, the rest may start left of an indented first line).
    @Test func aCodeLevelWithTheRestOfAWrappedNameSharesTheRow() {
        let first = row([1: ("机关事业单位基本养", 140), 2: ("5.00", 280)], y: 100)
        let rest = row([0: ("2080505", 30), 1: ("险缴费支出", 125)], y: 106)
        #expect(builder.apply(.sharedBand, context(rest, anchored: true, above: first)) == .joinAbove)
        let short = row([1: ("行政", 140), 2: ("5.00", 280)], y: 100)
        #expect(
            builder.apply(.sharedBand, context(rest, anchored: true, above: short)) == nil,
            "a name whose line did not run full is whole: the line below is a row of its own")
    }

    /// A narrow item column: 本年收入合计 fills it, and the next row's item (使用非财政拨 / 款结余) starts under it a
    /// row's pitch lower: a row of its own, not the rest of 本年收入合计.
    @Test func aFullLineFollowedARowLowerIsNoWrap() {
        let full = row([1: ("本年收入合计一二三", 130)], y: 100)
        let next = row([1: ("使用非财政拨", 130)], y: 119)
        #expect(builder.apply(.wrappedCell, context(next, anchored: false, above: full)) == nil)
        let wrapped = row([1: ("使用非财政拨", 130)], y: 112)
        #expect(builder.apply(.wrappedCell, context(wrapped, anchored: false, above: full)) == .joinAbove)
    }

    @Test func figuresBesideTheMiddleLineOfAWrappedNameJoinIt() {
        let first = row([1: ("机关事业单位基本养", 130)], y: 100)
        let middle = row([1: ("老保险缴费", 130), 2: ("5.00", 280)], y: 112)
        #expect(builder.apply(.figuresBesideWrappedName, context(middle, anchored: true, above: first)) == .joinAbove)
        let unfull = row([1: ("行政", 130)], y: 100)
        #expect(builder.apply(.figuresBesideWrappedName, context(middle, anchored: true, above: unfull)) == nil)
    }

    @Test func aLineWithFiguresStartsARow() {
        let line = row([0: ("2010301", 30), 2: ("12.00", 280)], y: 120)
        #expect(builder.apply(.anchoredLineStartsRow, context(line, anchored: true, above: nil)) == .startRow)
        #expect(builder.apply(.anchoredLineStartsRow, context(line, anchored: false, above: nil)) == nil)
    }

    @Test func theRestOfAFullCellContinuesIt() {
        let full = row([0: ("2080505", 30), 1: ("机关事业单位基本养", 130)], y: 100)
        let rest = row([1: ("老保险缴费支出", 130)], y: 112)
        #expect(builder.apply(.wrappedCell, context(rest, anchored: false, above: full)) == .joinAbove)
        let item = row([1: ("二、事业收入", 130)], y: 112)
        #expect(builder.apply(.wrappedCell, context(item, anchored: false, above: full)) == nil, "an item starts a row")
    }

    @Test func aSummaryItemWithoutFiguresIsARow() {
        let above = row([1: ("一、一般公共预算", 130), 2: ("1.00", 280)], y: 100)
        let item = row([1: ("二、政府性基金", 130)], y: 120)
        #expect(
            builder.apply(.textRowsAreReal, context(item, anchored: false, above: above, textRowsAreReal: true))
                == .startRow)
        #expect(builder.apply(.textRowsAreReal, context(item, anchored: false, above: above)) == nil)
    }

    @Test func theFirstLineOfAPageEndsTheRowSplitByTheBreak() {
        let above = row([0: ("201", 30), 2: ("1.00", 280)], y: 700, page: 1)
        let tail = row([1: ("支出", 130)], y: 60, page: 2)
        let below = row([0: ("202", 30), 2: ("2.00", 280)], y: 90, page: 2)
        let tight = row([0: ("202", 30), 2: ("2.00", 280)], y: 70, page: 2)
        #expect(builder.apply(.pageBreakTail, context(tail, anchored: false, above: above, below: below)) == .joinAbove)
        #expect(
            builder.apply(.pageBreakTail, context(tail, anchored: false, above: above, below: tight))
                == .waitForRowBelow)
    }

    @Test func aTextLineGoesToTheNearerRow() {
        let above = row([0: ("201", 30), 2: ("1.00", 280)], y: 100)
        let near = row([1: ("说明", 160)], y: 106)
        let below = row([0: ("202", 30), 2: ("2.00", 280)], y: 130)
        #expect(
            builder.apply(.nearerRowAbove, context(near, anchored: false, above: above, below: below)) == .joinAbove)
        let low = row([1: ("说明", 160)], y: 124)
        #expect(builder.apply(.nearerRowAbove, context(low, anchored: false, above: above, below: below)) == nil)
        #expect(
            builder.decide(context(low, anchored: false, above: above, below: below)) == (.waitForRowBelow, .rowBelow))
    }
}
