import PrintedText
import Records

/// The six records of the 三公 table, whatever its form: a list of items with 预算数 / 决算数 columns,
/// one wide row of item columns under 预算数 and 决算数, or items over 预算数 / 决算数 pairs. Provinces that print
/// “三公”经费及会议费、培训费 add two items, and budgets print 机关运行经费 beside the six: each is recorded where the
/// table prints it. A wide table with a row per budget unit gives the department's items (its 合计 row, without a
/// unit) and then each unit's items with `unit`.
struct ThreePublicRecords: Sendable {
    var parts: TableParts

    /// The figures of one block of items: the whole table, or one unit's row.
    private typealias Block = (unit: String?, values: [ThreePublicItem: Record])

    func records(warnings: inout [Diagnostic]) -> [Record] {
        let (blocks, printed) =
            parts.columns(.record(.item)).first.map { listForm(itemColumn: $0, warnings: &warnings) }
            ?? wideForm(warnings: &warnings)
        let items = ThreePublicItem.standard + ThreePublicItem.additional.filter(printed.contains)
        return blocks.filter { !$0.values.isEmpty }.flatMap { block in
            items.map { item in
                var record = block.values[item] ?? [:]
                record[.item] = .text(item.rawValue)
                if let unit = block.unit { record[.unit] = .text(unit) }
                return record
            }
        }
    }

    /// List form: one row per item, named by its printed label. 预算数 / 决算数 columns fill the item's measure
    /// (an earlier year's 预算数 its `prior_budget`); any other figure (合计 over funds, 政府性基金, 增减) goes to
    /// `extra` under its printed header.
    private func listForm(itemColumn: Int, warnings: inout [Diagnostic]) -> ([Block], Set<ThreePublicItem>) {
        let itemRules = parts.layout.columns.filter { $0.key.item != nil }
        var values: [ThreePublicItem: Record] = [:]
        var printed = Set<ThreePublicItem>()
        for row in parts.rowBuilder.rows(from: parts.body, textRowsAreReal: true) {
            guard let label = row.text(itemColumn).map(TextFold.key),
                let item = itemRules.first(where: { $0.matches(label) })?.key.item
            else { continue }
            printed.insert(item)
            var record = values[item] ?? [:]
            parts.fillAmounts(&record, from: row, keyFor: measureOrExtra, warnings: &warnings)
            values[item] = record
        }
        return ([(nil, values)], printed)
    }

    /// The key of a list-form column's figures: its measure, or nil for a column kept in `extra`.
    private func measureOrExtra(_ column: Column) -> RecordKey? {
        switch column.key {
        case .record(.budget), .record(.actual): column.measure ?? column.key.recordKey
        default: nil
        }
    }

    /// The measure of item columns under no 预算数 / 决算数 header: the document's own (a budget prints its 预算数).
    private var impliedMeasure: RecordKey? {
        switch parts.documentKind {
        case .budget: .budget
        case .finalAccounts: .actual
        case nil: nil
        }
    }

    /// Wide forms: each column is one item under one measure; each row is the department's (合计, or the only
    /// row) or, where a unit column names it, one unit's.
    private func wideForm(warnings: inout [Diagnostic]) -> ([Block], Set<ThreePublicItem>) {
        let unitColumns = parts.columns(.record(.unit))
        var blocks: [Block] = [(nil, [:])]
        for row in parts.rowBuilder.rows(from: parts.body, textRowsAreReal: true) {
            let unit = unitColumns.compactMap { row.text($0) }.joined()
            let index = unit.isEmpty || parts.catalogue.totalLabels.contains(unit) ? 0 : blocks.count
            if index == blocks.count { blocks.append((unit, [:])) }
            for (column, header) in parts.model.columns.enumerated() {
                guard let item = header.key.item, let measure = header.measure ?? impliedMeasure,
                    blocks[index].values[item]?[measure] == nil,
                    let value = parts.number(row, column, unreadable: &warnings)
                else { continue }
                blocks[index].values[item, default: [:]][measure] = .number(value)
            }
        }
        return (blocks, Set(parts.model.columns.compactMap(\.key.item)))
    }
}
