import Foundation
import Records

/// One printed figure changed by `delta`: the record of `table` whose code (or, without a code, whose name or
/// item) is `row`, on `side` where the table has sides. A blank cell counts as 0 before the change.
struct FigureEdit: CustomStringConvertible {
    var table: TableKind
    var row: String
    var side: String?
    var column: String
    var delta: Decimal = 1

    var description: String { "\(table.rawValue) \(side.map { "\($0) " } ?? "")\(row) \(column) \(delta)" }

    func apply(to document: inout ArchiveDocument) {
        guard let tableIndex = document.tables.firstIndex(where: { $0.id == table }),
            let recordIndex = document.tables[tableIndex].records.firstIndex(where: matches)
        else {
            fatalError("no record for \(self)")
        }
        let old = document.tables[tableIndex].records[recordIndex][column]?.number ?? 0
        document.tables[tableIndex].records[recordIndex][column] = .number(old + delta)
    }

    private func matches(_ record: Record) -> Bool {
        let key = record["code"]?.text ?? record["name"]?.text ?? record["item"]?.text
        return key == row && (side == nil || record["side"]?.text == side)
    }
}
