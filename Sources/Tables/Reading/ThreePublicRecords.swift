import PrintedText
import Records

/// The six records of the 三公 table, whatever its form: a list of items with 预算数 / 决算数 columns,
/// one wide row of item columns under 预算数 and 决算数, or items over 预算数 / 决算数 pairs. Provinces that print
/// “三公”经费及会议费、培训费 add two items, and budgets print 机关运行经费 beside the six: each is recorded where the
/// table prints it.
struct ThreePublicRecords: Sendable {
    var parts: TableParts

    func records(warnings: inout [Diagnostic]) -> [Record] {
        var values: [ThreePublicItem: Record] = [:]
        let itemRules = parts.layout.columns.filter { $0.key.item != nil }
        var printed = Set<ThreePublicItem>()
        if let itemColumn = parts.columns(.record(.item)).first {
            // List form: one row per item, named by its printed label.
            for row in parts.rowBuilder.rows(from: parts.body, textRowsAreReal: true) {
                guard let label = row.text(itemColumn).map(TextFold.key),
                      let item = itemRules.first(where: { $0.matches(label) })?.key.item else { continue }
                printed.insert(item)
                for key in [RecordKey.budget, .actual] {
                    for index in parts.columns(.record(key)) {
                        if let value = parts.number(row, index, unreadable: &warnings) { values[item, default: [:]][key] = .number(value) }
                    }
                }
            }
        } else {
            // Wide forms: each column is one item under one measure.
            printed = Set(parts.model.columns.compactMap(\.key.item))
            for row in parts.rowBuilder.rows(from: parts.body, textRowsAreReal: true) {
                for (index, column) in parts.model.columns.enumerated() {
                    guard let item = column.key.item, let measure = column.measure, values[item]?[measure] == nil,
                          let value = parts.number(row, index, unreadable: &warnings) else { continue }
                    values[item, default: [:]][measure] = .number(value)
                }
            }
        }
        guard !values.isEmpty else { return [] }
        return (ThreePublicItem.standard + ThreePublicItem.additional.filter(printed.contains)).map { item in
            var record = values[item] ?? [:]
            record[.item] = .text(item.rawValue)
            return record
        }
    }
}
