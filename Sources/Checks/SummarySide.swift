import PrintedText
import Records

/// One side (收入 or 支出) of a summary table, in printed order, split at its 本年合计 and 总计 rows.
struct SummarySide {
    let table: TableKind
    let side: Side
    let records: [Record]

    init(_ table: Table, side: Side) {
        self.table = table.id
        self.side = side
        self.records = table.records.filter { $0.text(.side) == side.rawValue }
    }

    /// 本年收入合计 / 本年支出合计; where a summary prints no carry-over (a budget: its rows add straight to
    /// 收入总计), its 总计.
    var yearTotal: Record? {
        records.first { TextFold.itemKey($0.label).hasPrefix("本年") && $0.label.hasSuffix("合计") }
            ?? (printsCarryOver ? nil : grandTotal)
    }

    /// 总计, 收入总计, 支出总计.
    var grandTotal: Record? { records.last { TextFold.itemKey($0.label).hasSuffix("总计") } }

    /// Whether the side prints rows carried over from or to other years (结转, 结余).
    private var printsCarryOver: Bool {
        records.contains { $0.label.contains("结转") || $0.label.contains("结余") }
    }

    /// The year's rows: every row printed before 本年合计 (income sources or expenditure 类).
    var yearRows: [Record] {
        guard let total = yearTotal, let end = records.firstIndex(of: total) else { return [] }
        return Array(records[..<end])
    }

    /// The year's rows that add to its total: where the side enumerates its items 一、二、…, those items (their
    /// sub-items `1.一般公共预算` break them down); otherwise every row.
    var yearItems: [Record] {
        let topLevel = yearRows.filter { ItemName.isTopLevel($0.label) }
        return topLevel.isEmpty ? yearRows : topLevel
    }

    /// The rows between 本年合计 and 总计 that add to it (结转和结余, 结余分配 …); the breakdown of a
    /// 结转和结余 row by budget (`一般公共预算财政拨款` under it) is left out, it is part of that row.
    var carryOverRows: [Record] {
        guard let total = yearTotal, let start = records.firstIndex(of: total),
            let grand = grandTotal, let end = records.lastIndex(of: grand), start < end
        else { return [] }
        return records[(start + 1)..<end].filter { !TextFold.itemKey($0.label).hasSuffix("财政拨款") }
    }

    /// The row printed as `item` (enumerators ignored) among the year's rows.
    func yearRow(_ item: String) -> Record? {
        yearRows.first { TextFold.itemKey($0.label) == item }
    }
}
