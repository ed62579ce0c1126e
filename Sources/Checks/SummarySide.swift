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

    /// 本年收入合计 / 本年支出合计, or the heading 一、本年收入 / 一、本年支出 whose rows under it are the year's; where a
    /// summary prints no carry-over (a budget: its rows add straight to 收入总计, or to a 合计 printed above them),
    /// its 总计.
    var yearTotal: Record? {
        records.first { record in
            let key = TextFold.itemKey(record.label)
            return key.hasPrefix("本年") && (key.hasSuffix("合计") || isHeading(record))
        } ?? (printsCarryOver ? nil : grandTotal)
    }

    /// 总计, 收入总计, 支出总计; else a 合计 printed above every row, or 收入合计 / 支出合计 below them.
    var grandTotal: Record? {
        records.last { TextFold.itemKey($0.label).hasSuffix("总计") }
            ?? records.first.flatMap { ["合计", "总计"].contains(TextFold.itemKey($0.label)) ? $0 : nil }
            ?? records.last { ["收入合计", "支出合计"].contains(TextFold.itemKey($0.label)) }
    }

    /// Whether the row is the heading 一、本年收入 (一、本年支出) of the year's rows printed under it.
    private func isHeading(_ record: Record) -> Bool {
        ["本年收入", "本年支出"].contains(TextFold.itemKey(record.label))
    }

    /// Whether the side prints rows carried over from or to other years (结转, 结余).
    private var printsCarryOver: Bool {
        records.contains { $0.label.contains("结转") || $0.label.contains("结余") }
    }

    /// The year's rows (income sources or expenditure 类): every row printed before 本年合计; the rows under a
    /// heading 一、本年收入 up to the next top-level row; every row after a total printed above them.
    var yearRows: [Record] {
        guard let total = yearTotal, let index = records.firstIndex(of: total) else { return [] }
        if isHeading(total) {
            return Array(records[(index + 1)...].prefix { !ItemName.isTopLevel($0.label) && $0 != grandTotal })
        }
        if index == 0 { return Array(records.dropFirst().prefix { $0 != grandTotal }) }
        return Array(records[..<index])
    }

    /// The year's rows that add to its total: where the side enumerates its items 一、二、…, those items (their
    /// sub-items `1.一般公共预算` break them down); otherwise every row.
    var yearItems: [Record] {
        let topLevel = yearRows.filter { ItemName.isTopLevel($0.label) }
        return topLevel.isEmpty ? yearRows : topLevel
    }

    /// The rows between the year's rows and 总计 that add to it (结转和结余, 结余分配 …; after a heading 一、本年收入,
    /// the next headings 二、上年结转 without the rows under them); the breakdown of a 结转和结余 row by budget
    /// (`一般公共预算财政拨款`, `一、一般公共预算拨款` under it) is left out, it is part of that row.
    var carryOverRows: [Record] {
        guard let total = yearTotal, let start = records.firstIndex(of: total),
            let grand = grandTotal, let end = records.lastIndex(of: grand), start < end
        else { return [] }
        let year = Set(yearRows.indices.map { start + 1 + $0 })
        let rows = records.indices.filter { $0 > start && $0 < end && !(isHeading(total) && year.contains($0)) }
            .map { records[$0] }
        guard !isHeading(total) else { return rows.filter { ItemName.isTopLevel($0.label) } }
        return rows.filter { row in
            let key = TextFold.itemKey(row.label)
            return !key.hasSuffix("财政拨款") && !["一般公共预算", "政府性基金", "国有资本经营"].contains(where: key.hasPrefix)
        }
    }

    /// The top-level row printed as `item` (enumerators ignored) among the year's rows; national budgets print
    /// each source as …资金 (事业收入资金).
    func yearItem(_ item: String) -> Record? {
        yearItems.first { [item, item + "资金"].contains(TextFold.itemKey($0.label)) }
    }

    /// The row printed as `item` (enumerators ignored) among the year's rows.
    func yearRow(_ item: String) -> Record? {
        yearRows.first { TextFold.itemKey($0.label) == item }
    }
}
