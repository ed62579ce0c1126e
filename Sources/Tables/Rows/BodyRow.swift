import PageModel
import PrintedText

/// One printed row of a table body: the words of each column, gathered over the lines the row wraps over.
struct BodyRow: Sendable {
    var page: Int
    /// Words by column index, in reading order.
    var cells: [Int: [Word]]
    /// Vertical middle of the row's anchor line.
    var midY: Double
    /// The row rules that placed each of its lines, in the order they joined (see `RowJoinRule`).
    var rules: [RowJoinRule] = []

    /// The text of a column's cell, whitespace removed; nil when blank.
    func text(_ column: Int) -> String? {
        guard let words = cells[column], !words.isEmpty else { return nil }
        let text = words.map(\.text).joined().removingBlanks()
        return text.isEmpty ? nil : text
    }

    mutating func absorb(_ other: BodyRow) {
        rules += other.rules
        for (column, words) in other.cells {
            let merged = (cells[column] ?? []) + words
            cells[column] = merged.sorted { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
        }
    }
}
