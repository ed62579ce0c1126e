import PrintedText
import Records

/// The six records of the 三公 table, whatever its form: a list of items with 预算数 / 决算数 columns,
/// one wide row of item columns under 预算数 and 决算数, or items over 预算数 / 决算数 pairs. Provinces that print
/// “三公”经费及会议费、培训费 add two items, and budgets print 机关运行经费 beside the six: each is recorded where the
/// table prints it.
struct ThreePublicRecords: Sendable {
    /// The six items every 三公 table prints.
    static let items = ThreePublicItem.standard.map(\.rawValue)
    /// Items some layouts print after the six: 会议费 and 培训费, and a budget's 机关运行经费.
    static let extraItems = ThreePublicItem.additional.map(\.rawValue)
    var parts: TableParts

    func records(warnings: inout [Diagnostic]) -> [Record] {
        var values: [String: Record] = [:]
        let itemRules = parts.layout.columns.filter { (Self.items + Self.extraItems).contains($0.key) }
        var printed = Set<String>()
        if let itemColumn = parts.columns(RecordKey.item.rawValue).first {
            // List form: one row per item, named by its printed label.
            for row in parts.rowBuilder.rows(from: parts.body, textRowsAreReal: true) {
                guard let label = row.text(itemColumn).map(TextFold.key),
                      let item = itemRules.first(where: { $0.matches(label) })?.key else { continue }
                printed.insert(item)
                for key in [RecordKey.budget.rawValue, RecordKey.actual.rawValue] {
                    for index in parts.columns(key) {
                        if let value = parts.number(row, index, unreadable: &warnings) { values[item, default: [:]][key] = .number(value) }
                    }
                }
            }
        } else {
            // Wide forms: each column is one item under one measure.
            printed = Set(parts.model.columns.map(\.key))
            for row in parts.rowBuilder.rows(from: parts.body, textRowsAreReal: true) {
                for (index, column) in parts.model.columns.enumerated() {
                    guard (Self.items + Self.extraItems).contains(column.key), let measure = column.measure,
                          values[column.key]?[measure] == nil,
                          let value = parts.number(row, index, unreadable: &warnings) else { continue }
                    values[column.key, default: [:]][measure] = .number(value)
                }
            }
        }
        guard !values.isEmpty else { return [] }
        return (Self.items + Self.extraItems.filter(printed.contains)).map { item in
            var record = values[item] ?? [:]
            record[.item] = .text(item)
            return record
        }
    }
}
