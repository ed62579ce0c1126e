import PrintedText
import Records

/// A two-sided summary ends each side with its 总计: rows read on a side after its 总计 are another table's (a
/// table whose title was missed, its rows read into the summary's sides), not the summary's.
struct TotalCensus: Sendable {
    /// A diagnostic for each side of a summary table of `tables` that has records after its 总计.
    func diagnostics(for tables: [Table]) -> [Diagnostic] {
        tables.filter { [.incomeExpenditureSummary, .fiscalAppropriationSummary].contains($0.id) }.flatMap { table in
            Side.allCases.compactMap { side -> Diagnostic? in
                let items = table.records.filter { $0[RecordKey.side.rawValue]?.text == side.rawValue }
                    .compactMap { $0[RecordKey.item.rawValue]?.text }
                guard let total = items.firstIndex(where: { $0.hasSuffix("总计") }), total < items.count - 1 else {
                    return nil
                }
                return Diagnostic(
                    .rowsPastTotal, table: table.id, pages: table.pages,
                    message: "\(items.count - total - 1) "
                        + "rows of the \(side.rawValue) side follow its \(items[total]): another table's rows read into the summary"
                )
            }
        }
    }
}
