import Catalogue
import PrintedText
import Records

/// Pairs the 类 rows printed in a summary table (by name: `八、社会保障和就业支出`) with the 类 rows of a table
/// keyed by code (`208`), through the catalogue or, for a class it does not know, the printed name.
struct ClassMatching {
    let catalogue: CodeCatalogue
    let year: Int?

    /// For each summary row that names a 类 of `table`, the pair (summary row, class row of the table); a class
    /// the table does not print is paired with nil (nothing spent).
    func pairs(_ rows: [Record], with table: Table) -> [(summary: Record, detail: Record?)] {
        let classes = table.records.filter { $0.code?.count == 3 }
        return rows.compactMap { row in
            let name = TextFold.itemKey(row.label)
            guard
                let code = catalogue.classEntry(named: name, in: .function, year: year)?.code
                    ?? classes.first(where: { TextFold.itemKey($0.label) == name })?.code
            else { return nil }
            return (row, classes.first { $0.code == code })
        }
    }
}
