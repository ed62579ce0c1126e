import PageModel
import PrintedText
import Records

/// A column of a known table: the record key its cells fill and where its header sits.
struct Column: Sendable, Hashable {
    var key: String
    var value: ColumnRule.ValueKind
    /// The header cell that named it; its middle is the column's anchor.
    var header: HeaderCell
    /// 预算数 / 决算数, for the 三公 table's wide forms.
    var measure: String?
    /// 0-based side (收入, 支出) or group (基本支出 column groups), left to right.
    var group = 0

    var center: Double { header.center }
}

/// The columns of one table fragment, left to right, and how a word finds its column.
struct ColumnModel: Sendable {
    var columns: [Column]
    /// How the body prints its amounts; decides a short amount between two header middles.
    var amountAlignment = AmountAlignment.right
    /// Where the body's amounts start, and how close a number must start to one of them to share its left edge.
    var amountStarts: [Double] = []
    var edgeTolerance = 0.0

    /// The model with the amount alignment `body` shows; a body that shows none keeps the current one.
    func aligned(by body: [Line], settings: SegmentationSettings) -> ColumnModel {
        var model = self
        let amounts = body.flatMap(\.words).filter { PrintedValue.looksLikeAmount($0.text) }
        model.amountAlignment = AmountAlignment.shown(byAmounts: amounts, settings: settings) ?? amountAlignment
        model.amountStarts = amounts.map(\.box.x0)
        model.edgeTolerance = settings.alignmentTolerance * (body.first?.fontSize ?? 0)
        return model
    }

    /// Whether `word` starts where amounts of the body start: a count printed left-aligned like them (`5` under
    /// `10.20`), not a 行次.
    private func startsWithAmounts(_ word: Word) -> Bool {
        amountStarts.contains { abs($0 - word.box.x0) <= edgeTolerance }
    }

    /// The column `word` belongs to, by alignment: a left-aligned cell starts left of its header's middle and
    /// right of the previous header's middle; a right-aligned one ends right of its header's middle and left
    /// of the next one's. A word between two anchors goes to the side whose alignment fits it (for amounts, the
    /// body's `amountAlignment`).
    func column(for word: Word) -> Int? {
        guard !columns.isEmpty else { return nil }
        let startsBefore = columns.firstIndex { $0.center > word.box.x0 }
        let endsAfter = columns.lastIndex { $0.center < word.box.x1 }
        switch (startsBefore, endsAfter) {
        case (nil, nil): return nil
        case (let left?, nil): return left
        case (nil, let right?): return right
        case (let left?, let right?):
            if left <= right {
                let covered = left...right
                if !PrintedValue.isNumeric(word.text), let text = covered.first(where: { !columns[$0].value.isRightAligned }) {
                    return text
                }
                return nearest(to: word, among: covered)
            }
            // left > right: the word lies wholly between the anchors of columns `right` and `left`.
            // Numbers and no-value marks (——) align like amounts; other text like names.
            let alignsRight = PrintedValue.isNumeric(word.text) || PrintedNumber.isAbsentMark(word.text)
            let leftKind = columns[left].value
            let rightKind = columns[right].value
            if alignsRight {
                // Two code pieces (类 / 款 / 项): a piece set off its column's edge goes to the nearer header.
                if leftKind == .code && rightKind == .code { return nearest(to: word, among: right...left) }
                // A code piece set right of its column's middle, before the name column: digits are no name.
                if rightKind == .code && leftKind == .text && PrintedValue.looksLikeCodePiece(word.text) { return right }
                // 行次 are whole numbers: a figure with decimals between a 行次 and an amount column is an amount, and
                // so is a whole number that starts where the body's amounts start.
                if word.text.includes(".") || startsWithAmounts(word), rightKind == .integer, leftKind == .amount { return left }
                if amountAlignment == .left && leftKind.isRightAligned { return left }
                if rightKind.isRightAligned && !(leftKind == .code && PrintedValue.looksLikeCode(word.text)) { return right }
                if leftKind == .code { return left }
                return rightKind.isRightAligned ? right : left
            }
            return leftKind.isRightAligned ? right : left
        }
    }

    /// Among columns whose anchors the word covers, the one whose anchor is nearest the word's middle.
    private func nearest(to word: Word, among range: ClosedRange<Int>) -> Int {
        range.min { abs(columns[$0].center - word.box.midX) < abs(columns[$1].center - word.box.midX) }!
    }
}
