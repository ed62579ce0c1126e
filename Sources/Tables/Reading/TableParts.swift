import FoundationEssentials
import PageModel
import PrintedText
import Records

/// The pieces of one table handed to its record builder: layout, column model, header cells and body rows.
struct TableParts: Sendable {
    var layout: TableLayout
    var catalogue: LayoutCatalogue
    var model: ColumnModel
    var headerCells: [HeaderCell]
    /// Body lines with their page numbers, over every page the table spans.
    var body: [(page: Int, line: Line)]
    var settings: SegmentationSettings
    var documentKind: DocumentKind?

    var rowBuilder: RowBuilder {
        RowBuilder(model: model, settings: settings, totalLabels: catalogue.totalLabels)
    }

    /// The value of a cell in a number column: nil when blank or a no-value mark (——, -, /).
    /// Text that is not a number is reported through `unreadable`.
    /// A cell holding several numbers took a neighbour's number; the one aligned with the column is kept
    /// (the rightmost for right-aligned columns).
    func number(_ row: BodyRow, _ column: Int, unreadable: inout [Diagnostic]) -> Decimal? {
        guard let text = row.text(column), !PrintedNumber.isAbsentMark(text) else { return nil }
        if let value = PrintedNumber.parse(text) { return value }
        let numbers = (row.cells[column] ?? []).compactMap { word in PrintedNumber.parse(word.text).map { (word, $0) } }
        if numbers.count > 1, let aligned = numbers.max(by: { $0.0.box.x1 < $1.0.box.x1 }) {
            unreadable.append(
                Diagnostic(
                    .severalNumbers, table: layout.kind, pages: [row.page],
                    message:
                        "\"\(text)\" under \(model.columns[column].header.text) holds several numbers; kept \(aligned.1)"
                ))
            return aligned.1
        }
        unreadable.append(
            Diagnostic(
                .notANumber, table: layout.kind, pages: [row.page],
                message: "\"\(text)\" under \(model.columns[column].header.text) is not a number"))
        return nil
    }

    /// Fills `record` with the number columns of `row` (only those of `group` when given); figures of columns the
    /// layout does not name, or that `keyFor` names no key for, go to `extra`, by printed header.
    func fillAmounts(
        _ record: inout Record, from row: BodyRow, group: Int? = nil,
        keyFor: (Column) -> RecordKey? = { $0.isExtra ? nil : $0.key.recordKey }, warnings: inout [Diagnostic]
    ) {
        var extra: [String: Decimal] = [:]
        for (index, column) in model.columns.enumerated() where column.value == .amount || column.value == .integer {
            if let group, column.group != group { continue }
            guard let value = number(row, index, unreadable: &warnings) else { continue }
            if let key = keyFor(column) {
                record[key] = .number(value)
            } else {
                extra[column.extraHeader] = value
            }
        }
        if !extra.isEmpty { record[.extra] = .figures(extra) }
    }

    func columns(_ key: ColumnKey, group: Int? = nil) -> [Int] {
        model.columns.indices.filter {
            model.columns[$0].key == key && (group == nil || model.columns[$0].group == group)
        }
    }
}
