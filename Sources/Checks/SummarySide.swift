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

    /// 本年收入合计 / 本年支出合计.
    var yearTotal: Record? { records.first { ItemName.stripped($0.label).hasPrefix("本年") && $0.label.hasSuffix("合计") } }

    /// 总计.
    var grandTotal: Record? { records.last { ItemName.stripped($0.label) == "总计" } }

    /// The year's rows: every row printed before 本年合计 (income sources or expenditure 类).
    var yearRows: [Record] {
        guard let total = yearTotal, let end = records.firstIndex(of: total) else { return [] }
        return Array(records[..<end])
    }

    /// The rows between 本年合计 and 总计 that add to it (结转和结余, 结余分配 …); the breakdown of a
    /// 结转和结余 row by budget (`一般公共预算财政拨款` under it) is left out, it is part of that row.
    var carryOverRows: [Record] {
        guard let total = yearTotal, let start = records.firstIndex(of: total),
              let grand = grandTotal, let end = records.lastIndex(of: grand), start < end else { return [] }
        return records[(start + 1)..<end].filter { !ItemName.stripped($0.label).hasSuffix("财政拨款") }
    }

    /// The row printed as `item` (enumerators ignored) among the year's rows.
    func yearRow(_ item: String) -> Record? {
        yearRows.first { ItemName.stripped($0.label) == item }
    }
}
