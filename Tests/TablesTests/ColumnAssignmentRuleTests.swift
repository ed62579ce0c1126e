import PageModel
@testable import Tables
import Testing

/// Each column-assignment rule decides the case it names, on a column model built by hand: anchors at the
/// given middles, a word placed by its box (font size 10).
@Suite struct ColumnAssignmentRuleTests {
    private static func model(
        _ kinds: [(ColumnRule.ValueKind, Double)], amounts: AmountAlignment = .right,
        amountStarts: [Double] = []
    ) -> ColumnModel {
        let columns = kinds.enumerated().map { index, entry in
            let header = HeaderCell(
                text: "c\(index)", printed: "c\(index)",
                box: Box(x0: entry.1 - 10, y0: 0, x1: entry.1 + 10, y1: 10), fontSize: 10)
            return Column(key: .record(.total), value: entry.0, header: header)
        }
        return ColumnModel(columns: columns, amountAlignment: amounts, amountStarts: amountStarts, edgeTolerance: 2.5)
    }

    private static func word(_ text: String, _ x0: Double, _ x1: Double) -> Word {
        Word(text: text, box: Box(x0: x0, y0: 20, x1: x1, y1: 30), fontSize: 10)
    }

    @Test(
        arguments: [
            // A word right of every anchor goes to the last column.
            (model([(.text, 50), (.amount, 150)]), word("12.00", 160, 190), 1, ColumnAssignmentRule.outermost),
            // A long name running over the figures' anchor stays in its text column.
            (model([(.code, 20), (.text, 60), (.amount, 150)]), word("机关事业单位基本养老保险缴费支出", 40, 200), 1, .coveredText),
            // A wide number covering two amount anchors goes to the nearer.
            (model([(.text, 50), (.amount, 100), (.amount, 130)]), word("1,234,567.00", 95, 140), 2, .nearestCovered),
            // A 类 piece set between the 类 and 款 anchors, nearer 类.
            (model([(.code, 50), (.code, 80), (.text, 150)]), word("201", 55, 63), 0, .codePiecesByNearness),
            // A code piece right of its column's middle, before the name.
            (model([(.code, 50), (.text, 150)]), word("03", 60, 70), 0, .codePieceBeforeName),
            // A figure with decimals between a 行次 and an amount column.
            (model([(.integer, 50), (.amount, 150)]), word("5.00", 60, 80), 1, .amountAfterLineNumber),
            // A short amount in a body printed left-aligned.
            (model([(.amount, 100), (.amount, 200)], amounts: .left), word("7.50", 160, 180), 1, .leftAlignedAmounts),
            // A right-aligned amount ends right of its column's anchor.
            (model([(.amount, 100), (.amount, 200)]), word("7.50", 110, 130), 0, .rightAlignedNumbers),
            // A number just left of a code column's anchor is that column's code.
            (model([(.text, 50), (.code, 150)]), word("2010301", 100, 140), 1, .numberBeforeCode),
            // A number after a text column, before an amount column, goes to the amount.
            (model([(.text, 50), (.amount, 150)]), word("20", 120, 130), 1, .numberByAlignment),
            // A name between a code and an amount anchor goes to the left-aligned side.
            (model([(.text, 50), (.amount, 150)]), word("行政运行", 60, 100), 0, .textByAlignment),
        ] as [(ColumnModel, Word, Int, ColumnAssignmentRule)])
    func eachRuleDecidesItsCase(model: ColumnModel, word: Word, column: Int, rule: ColumnAssignmentRule) throws {
        let assignment = try #require(model.assignment(for: word))
        #expect(assignment.column == column)
        #expect(assignment.rule == rule)
    }

    @Test func aWordOutsideEveryColumnHasNone() {
        #expect(Self.model([]).assignment(for: Self.word("x", 0, 10)) == nil)
    }
}
