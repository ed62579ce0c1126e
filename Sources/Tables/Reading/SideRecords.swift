import Records

/// Records of the two summary tables printed side by side: each side's row with item text becomes a
/// record of that side (`income` left, `expenditure` right); rows with no item text are left out.
struct SideRecords: Sendable {
    var parts: TableParts
    /// Column rules that use another key on the 支出 side (合计 → `total`).
    var expenditureKeys: [ColumnKey: RecordKey]

    /// The records of each side, 收入 first.
    func sections(warnings: inout [Diagnostic]) -> [[Record]] {
        Side.allCases.enumerated().map { group, side in records(of: side, group: group, warnings: &warnings) }
    }

    private func records(of side: Side, group: Int, warnings: inout [Diagnostic]) -> [Record] {
        var records: [Record] = []
        for row in parts.rowBuilder.rows(from: parts.body, group: group, textRowsAreReal: true) {
            let item = parts.columns(.record(.item), group: group).compactMap { row.text($0) }.joined()
            guard !item.isEmpty, !PrintedValue.isNumeric(item) else { continue }
            var record: Record = [:]
            record[.side] = .text(side.rawValue)
            record[.item] = .text(item)
            parts.fillAmounts(
                &record, from: row, group: group,
                keyFor: { column in
                    guard !column.isExtra else { return nil }
                    return group == 1 ? expenditureKeys[column.key] ?? column.key.recordKey : column.key.recordKey
                }, warnings: &warnings)
            records.append(record)
        }
        return records
    }
}
