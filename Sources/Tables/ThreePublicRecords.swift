import Records

/// The six records of the 三公 table, whatever its form: a list of items with 预算数 / 决算数 columns,
/// one wide row of item columns under 预算数 and 决算数, or items over 预算数 / 决算数 pairs.
struct ThreePublicRecords: Sendable {
    static let items = ThreePublicItem.allCases.map(\.rawValue)
    var reading: TableReading

    func records(warnings: inout [Diagnostic]) -> [Record] {
        var values: [String: Record] = [:]
        let itemRules = reading.layout.columns.filter { Self.items.contains($0.key) }
        if let itemColumn = reading.columns(RecordKey.item.rawValue).first {
            // List form: one row per item, named by its printed label.
            for row in reading.rowBuilder.rows(from: reading.body, textRowsAreReal: true) {
                guard let label = row.text(itemColumn).map(TextNormalization.key),
                      let item = itemRules.first(where: { $0.matches(label) })?.key else { continue }
                for key in [RecordKey.budget.rawValue, RecordKey.actual.rawValue] {
                    for index in reading.columns(key) {
                        if let value = reading.number(row, index, unreadable: &warnings) { values[item, default: [:]][key] = .number(value) }
                    }
                }
            }
        } else {
            // Wide forms: each column is one item under one measure.
            for row in reading.rowBuilder.rows(from: reading.body, textRowsAreReal: true) {
                for (index, column) in reading.model.columns.enumerated() {
                    guard Self.items.contains(column.key), let measure = column.measure,
                          values[column.key]?[measure] == nil,
                          let value = reading.number(row, index, unreadable: &warnings) else { continue }
                    values[column.key, default: [:]][measure] = .number(value)
                }
            }
        }
        guard !values.isEmpty else { return [] }
        return Self.items.map { item in
            var record = values[item] ?? [:]
            record[.item] = .text(item)
            return record
        }
    }
}
