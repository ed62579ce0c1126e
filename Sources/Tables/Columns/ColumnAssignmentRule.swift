import PageModel
import PrintedText

/// The rules that put a body word under a column, in the order they are tried; the first that answers decides.
/// Anchors are the middles of the header cells. A word whose extent covers anchors is settled by the first three
/// rules; a word wholly between two anchors (`before`, `after`) by the rest.
enum ColumnAssignmentRule: String, CaseIterable, Sendable {
    /// Left of every anchor, or right of every anchor: the outermost column. Cells do not overhang the table.
    case outermost
    /// Text that covers anchors goes to the first text or code column it covers: names and codes are set from
    /// their cell's left edge, so a long name runs over the anchors of the figures beside it.
    case coveredText
    /// A number that covers anchors goes to the covered column whose anchor is nearest its middle.
    case nearestCovered
    /// Between two code columns (类 / 款 / 项), a code piece set off its column's edge goes to the nearer header.
    case codePiecesByNearness
    /// A code piece set right of its column's middle, before the name column: digits are no name.
    case codePieceBeforeName
    /// 行次 are whole numbers: a figure with decimals between a 行次 and an amount column is an amount, and so is a
    /// whole number that starts where the body's amounts start (a count printed left-aligned).
    case amountAfterLineNumber
    /// Where the body prints its amounts left-aligned (numbers stored as text in a spreadsheet), a short amount
    /// belongs to the column on its right.
    case leftAlignedAmounts
    /// Numbers and no-value marks (——) are right-aligned: a number belongs to the right-aligned column on its
    /// left, unless that column is for codes and the number reads as a code.
    case rightAlignedNumbers
    /// A number just left of a code column's anchor is a code printed off its column's edge.
    case numberBeforeCode
    /// Any other number goes to the right-aligned side, or else the left one.
    case numberByAlignment
    /// Text between two anchors goes to the column on its right, or to the one on its left when the right one
    /// holds figures: names start at their own cell's left edge.
    case textByAlignment
}

/// Where a word stands against the anchors of a column model.
struct WordPlacement: Sendable {
    /// The first column whose anchor lies right of the word's start, and the last whose anchor lies left of its end.
    var startsBefore: Int?
    var endsAfter: Int?
    var isNumeric: Bool
    var isAbsentMark: Bool

    init(_ word: Word, anchors: [Double]) {
        startsBefore = anchors.firstIndex { $0 > word.box.x0 }
        endsAfter = anchors.lastIndex { $0 < word.box.x1 }
        isNumeric = PrintedValue.isNumeric(word.text)
        isAbsentMark = PrintedNumber.isAbsentMark(word.text)
    }
}

extension ColumnModel {
    /// The column `word` belongs to, with the rule that put it there; nil for a word outside every column.
    func assignment(for word: Word) -> (column: Int, rule: ColumnAssignmentRule)? {
        guard !columns.isEmpty else { return nil }
        let placement = WordPlacement(word, anchors: columns.map(\.center))
        for rule in ColumnAssignmentRule.allCases {
            if let column = apply(rule, to: word, placement) { return (column, rule) }
        }
        return nil
    }

    /// The column `word` belongs to (see `assignment(for:)`).
    func column(for word: Word) -> Int? {
        assignment(for: word)?.column
    }

    /// The rule's answer for `word`, or nil when the rule does not apply.
    func apply(_ rule: ColumnAssignmentRule, to word: Word, _ placement: WordPlacement) -> Int? {
        switch (placement.startsBefore, placement.endsAfter) {
        case (nil, nil): return nil
        case (let left?, nil): return rule == .outermost ? left : nil
        case (nil, let right?): return rule == .outermost ? right : nil
        case (let left?, let right?) where left <= right: return covering(rule, word, placement, left...right)
        case (let after?, let before?): return between(rule, word, placement, before: before, after: after)
        }
    }

    /// Rules for a word that covers the anchors of `covered`.
    private func covering(
        _ rule: ColumnAssignmentRule, _ word: Word, _ placement: WordPlacement,
        _ covered: ClosedRange<Int>
    ) -> Int? {
        switch rule {
        case .coveredText:
            guard !placement.isNumeric else { return nil }
            return covered.first { !columns[$0].value.isRightAligned }
        case .nearestCovered: return nearest(to: word, among: covered)
        default: return nil
        }
    }

    /// Rules for a word wholly between the anchors of columns `before` and `after` (= before + 1).
    private func between(
        _ rule: ColumnAssignmentRule, _ word: Word, _ placement: WordPlacement,
        before: Int, after: Int
    ) -> Int? {
        let leftKind = columns[before].value
        let rightKind = columns[after].value
        guard placement.isNumeric || placement.isAbsentMark else {
            return rule == .textByAlignment ? (rightKind.isRightAligned ? before : after) : nil
        }
        switch rule {
        case .codePiecesByNearness:
            return leftKind == .code && rightKind == .code ? nearest(to: word, among: before...after) : nil
        case .codePieceBeforeName:
            return leftKind == .code && rightKind == .text && PrintedValue.looksLikeCodePiece(word.text) ? before : nil
        case .amountAfterLineNumber:
            let amountLike = word.text.includes(".") || startsWithAmounts(word)
            return amountLike && leftKind == .integer && rightKind == .amount ? after : nil
        case .leftAlignedAmounts:
            return amountAlignment == .left && rightKind.isRightAligned ? after : nil
        case .rightAlignedNumbers:
            return leftKind.isRightAligned && !(rightKind == .code && PrintedValue.looksLikeCode(word.text))
                ? before : nil
        case .numberBeforeCode: return rightKind == .code ? after : nil
        case .numberByAlignment: return leftKind.isRightAligned ? before : after
        default: return nil
        }
    }

    /// Among columns whose anchors the word covers, the one whose anchor is nearest the word's middle.
    private func nearest(to word: Word, among range: ClosedRange<Int>) -> Int {
        range.min { abs(columns[$0].center - word.box.midX) < abs(columns[$1].center - word.box.midX) }!
    }
}
