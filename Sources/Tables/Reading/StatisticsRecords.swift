import Records

/// Records of the 相关信息统计表: every row that prints a 行次, with its item and value.
/// Section titles and repeated header rows inside the body print no 行次 and are left out.
struct StatisticsRecords: Sendable {
    var parts: TableParts

    func records(warnings: inout [Diagnostic]) -> [Record] {
        var records: [Record] = []
        for row in parts.rowBuilder.rows(from: parts.body, textRowsAreReal: true) {
            var record: Record = [:]
            parts.fillAmounts(&record, from: row, warnings: &warnings)
            guard record[.line] != nil else { continue }
            let item = parts.columns(.record(.item)).compactMap { row.text($0) }.joined()
            if !item.isEmpty { record[.item] = .text(item) }
            records.append(record)
        }
        return records
    }
}
