import Foundation
import PageModel
import PrintedText
import Records

/// What a read table's records and fields hold (`extra` figures too): a printed figure whose number or text is
/// found there went to a record, one found nowhere was left unread.
struct ReadFigures: Sendable {
    private var numbers: Set<Decimal> = []
    private var texts = ""

    init(_ table: Table) {
        for value in table.records.flatMap(\.values) + (table.fields?.values.map { $0 } ?? []) {
            if let number = value.number { numbers.insert(number) }
            numbers.formUnion(value.figures?.values.map { $0 } ?? [])
            if let text = value.text { texts += text + "|" }
        }
    }

    /// Whether the word's number is a figure of a record, or (unless it stands in a number column) its text part
    /// of a record's text (a code piece, a number in a name).
    func holds(_ word: Word, inNumberColumn: Bool) -> Bool {
        let text = word.text.removingBlanks()
        return PrintedNumber.parse(text).map(numbers.contains) == true || (!inNumberColumn && texts.includes(text))
    }
}

/// Finds the printed numbers of a page that went to no record, and says why.
enum FigureAudit {
    /// A printed number, not a no-value mark (——).
    static func isFigure(_ word: Word) -> Bool {
        PrintedValue.isNumeric(word.text) && !PrintedNumber.isAbsentMark(word.text)
    }

    /// The body figures of table `index` that `read` holds nowhere (every one when the table is not kept), and
    /// the amounts printed in its header or notes.
    static func unread(in table: ExplainedTable, index: Int, read: ReadFigures?) -> [UnreadFigure] {
        let body = table.words.filter { decision in
            let inNumberColumn = decision.column.map { table.columns[$0].value.isRightAligned } ?? false
            return isFigure(decision.word) && read?.holds(decision.word, inNumberColumn: inNumberColumn) != true
                && !isBlankRowNumber(decision, in: table)
        }.map { decision in
            UnreadFigure(word: decision.word, table: index, reason: reason(for: decision, in: table, kept: read != nil))
        }
        let header = amounts(in: table.header).map {
            UnreadFigure(word: $0, table: index, reason: "in the header: the header did not end above it")
        }
        let notes = amounts(in: table.notes).map {
            UnreadFigure(word: $0, table: index, reason: "below the note that closed the table")
        }
        return header + body + notes
    }

    /// A 行次 printed in a row with no amount: the number of a blank row, no figure to read.
    private static func isBlankRowNumber(_ decision: WordDecision, in table: ExplainedTable) -> Bool {
        guard let column = decision.column, table.columns[column].value == .integer else { return false }
        return !table.words.contains { other in
            other.row == decision.row && other.column.map { table.columns[$0].value == .amount } == true && isFigure(other.word)
        }
    }

    private static func reason(for decision: WordDecision, in table: ExplainedTable, kept: Bool) -> String {
        guard kept else { return "the document is of no known family: its known tables are not kept" }
        guard let column = decision.column else {
            return table.columns.isEmpty ? "in no field the record keeps of the form" : "under no column"
        }
        let key = table.columns[column].key
        guard let row = decision.row else { return "under \(key), but in no row of its side or group" }
        return "under \(key) in row \(row), but in no record (the row made none, or its cell kept another number)"
    }

    /// Amounts in lines before the page's first table that no table continued over: kept in a generic grid at
    /// most.
    static func loose(_ lines: [Line], page: Int, settings: SegmentationSettings) -> [UnreadFigure] {
        let grids = GenericGrids(settings: settings).grids(in: [(page, lines)])
        let cells = grids.flatMap { $0.rows ?? [] }.flatMap { $0 }.joined(separator: "|")
        return amounts(in: lines).map { word in
            let gridded = cells.includes(word.text.removingBlanks())
            return UnreadFigure(word: word, table: nil, keptInGrid: gridded, reason: gridded
                ? "outside every known table: kept as text in a generic grid (id unknown)"
                : "outside every known table and every grid")
        }
    }

    private static func amounts(in lines: [Line]) -> [Word] {
        lines.flatMap(\.words).filter { PrintedValue.looksLikeAmount($0.text.removingBlanks()) }
    }
}
