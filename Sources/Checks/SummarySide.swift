import PrintedText
import Records

/// One side (收入 or 支出) of a summary table, in printed order, split at its 本年合计 and 总计 rows. Every split
/// is found once, when the side is made.
struct SummarySide {
    let table: TableKind
    let side: Side
    let records: [Record]
    /// 本年收入合计 / 本年支出合计, or the heading 一、本年收入 / 一、本年支出 whose rows under it are the year's; where a
    /// summary prints no carry-over (a budget: its rows add straight to 收入总计, or to a 合计 printed above them),
    /// its 总计.
    let yearTotal: Record?
    /// 总计, 收入总计, 支出总计; else a 合计 printed above every row, or 收入合计 / 支出合计 below them.
    let grandTotal: Record?
    /// The year's rows (income sources or expenditure 类): every row printed before 本年合计; the rows under a
    /// heading 一、本年收入 up to the next top-level row; every row after a total printed above them.
    let yearRows: [Record]
    /// The rows between the year's rows and 总计 that add to it (结转和结余, 结余分配 …; after a heading 一、本年收入,
    /// the next headings 二、上年结转 without the rows under them); the breakdown of a 结转和结余 row by budget
    /// (`一般公共预算财政拨款`, `一、一般公共预算拨款` under it) is left out, it is part of that row.
    let carryOverRows: [Record]

    init(_ table: Table, side: Side) {
        self.table = table.id
        self.side = side
        let records = table.records.filter { $0.text(.side) == side.rawValue }
        let keys = records.map { TextFold.itemKey($0.label) }
        let grand =
            keys.lastIndex { $0.hasSuffix("总计") }
            ?? (keys.first.map { ["合计", "总计"].contains($0) } == true ? 0 : nil)
            ?? keys.lastIndex { ["收入合计", "支出合计"].contains($0) }
        let printsCarryOver = records.contains { $0.label.contains("结转") || $0.label.contains("结余") }
        let year =
            keys.firstIndex { $0.hasPrefix("本年") && ($0.hasSuffix("合计") || Self.isHeading($0)) }
            ?? (printsCarryOver ? nil : grand)
        let yearRange = Self.yearRange(total: year, grand: grand, keys: keys, records: records)
        self.records = records
        grandTotal = grand.map { records[$0] }
        yearTotal = year.map { records[$0] }
        yearRows = Array(records[yearRange])
        carryOverRows = Self.carryOver(total: year, grand: grand, year: yearRange, keys: keys, records: records)
    }

    /// Whether an item is the heading 本年收入 (本年支出) of the year's rows printed under it.
    private static func isHeading(_ key: String) -> Bool {
        key == "本年收入" || key == "本年支出"
    }

    /// Where the year's rows stand (see `yearRows`).
    private static func yearRange(total: Int?, grand: Int?, keys: [String], records: [Record]) -> Range<Int> {
        guard let total else { return 0..<0 }
        if isHeading(keys[total]) {
            let end = records.indices.dropFirst(total + 1).first {
                ItemName.isTopLevel(records[$0].label) || $0 == grand
            }
            return (total + 1)..<(end ?? records.count)
        }
        if total == 0 {
            let end = records.indices.dropFirst().first { $0 == grand }
            return 1..<(end ?? records.count)
        }
        return 0..<total
    }

    /// The carry-over rows (see `carryOverRows`).
    private static func carryOver(
        total: Int?, grand: Int?, year: Range<Int>, keys: [String], records: [Record]
    )
        -> [Record]
    {
        guard let total, let grand, total < grand else { return [] }
        let heading = isHeading(keys[total])
        let rows = ((total + 1)..<grand).filter { !(heading && year.contains($0)) }
        guard !heading else { return rows.filter { ItemName.isTopLevel(records[$0].label) }.map { records[$0] } }
        return rows.filter { index in
            !keys[index].hasSuffix("财政拨款") && !["一般公共预算", "政府性基金", "国有资本经营"].contains(where: keys[index].hasPrefix)
        }.map { records[$0] }
    }

    /// The year's rows that add to its total: where the side enumerates its items 一、二、…, those items (their
    /// sub-items `1.一般公共预算` break them down); otherwise every row.
    var yearItems: [Record] {
        let topLevel = yearRows.filter { ItemName.isTopLevel($0.label) }
        return topLevel.isEmpty ? yearRows : topLevel
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
