import PageModel
import PrintedText

/// Names the columns of a table from its header cells, using the table's layout.
///
/// The bottom cells of the header (those with no cell stacked under them) are the column candidates;
/// each is named by the first column rule its text matches. Cells that no rule names (项目 above a
/// code/name pair, 收入 / 支出 over the two sides) are spanning labels and give no column.
struct ColumnModelBuilder: Sendable {
    var layout: TableLayout
    var catalogue: LayoutCatalogue
    var settings: SegmentationSettings

    func model(for cells: [HeaderCell]) -> ColumnModel {
        let bottom = cells.filter { cell in
            !cells.contains { isStacked($0, under: cell) || spansSubtotal(cell, $0, among: cells) }
                && !(isCategory(cell) && heads(cell, among: cells))
        }
        var columns: [Column] = []
        for cell in bottom.sorted(by: { $0.center < $1.center }) {
            if let column = column(for: cell, among: cells) ?? extraColumn(for: cell, among: cells) {
                columns.append(column)
            }
        }
        numberGroups(&columns)
        if layout.shape == .coded { keepRepeatsInExtra(&columns, among: cells) }
        numberRepeatedExtras(&columns)
        return ColumnModel(columns: columns)
    }

    /// Two `extra` columns printed under the same header text keep both figures: the second is `header#2`.
    private func numberRepeatedExtras(_ columns: inout [Column]) {
        var seen: [String: Int] = [:]
        for index in columns.indices {
            guard case .extra(let header) = columns[index].key else { continue }
            seen[header, default: 0] += 1
            if let count = seen[header], count > 1 { columns[index].key = .extra("\(header)#\(count)") }
        }
    }

    /// A header printed again under another spanning label (一般公共预算资金 under 本年收入 and again under
    /// 上年结转结余) names another figure: the first keeps the key, the repeat goes to `extra` as `label/header`.
    private func keepRepeatsInExtra(_ columns: inout [Column], among cells: [HeaderCell]) {
        let amounts = columns.indices.filter { columns[$0].value == .amount && !columns[$0].isExtra }
        let counts = Dictionary(amounts.map { (columns[$0].key, 1) }, uniquingKeysWith: +)
        var labelOfFirst: [ColumnKey: HeaderCell?] = [:]
        // Finding a label is costly: only the columns of a key printed more than once need theirs.
        for index in amounts where counts[columns[index].key, default: 0] > 1 {
            let label = spanningLabel(of: columns[index].header, among: cells)
            guard let first = labelOfFirst[columns[index].key] else {
                labelOfFirst[columns[index].key] = label
                continue
            }
            if let label, label != first {
                columns[index].key = .extra("\(label.printed)/\(columns[index].header.printed)")
            }
        }
    }

    /// The lowest cell spanning `cell`: the label of its column group.
    private func spanningLabel(of cell: HeaderCell, among cells: [HeaderCell]) -> HeaderCell? {
        cells.filter {
            spans($0, from: cell, among: cells) || isStacked(cell, under: $0) || covers($0, cell, among: cells)
        }
        .max { $0.box.y1 < $1.box.y1 }
    }

    /// Whether `cell` lies inside the group a label spans: between the group's first column and that column's
    /// mirror about the label's middle (上年结转结余 centred over 小计 … 单位资金).
    private func covers(_ label: HeaderCell, _ cell: HeaderCell, among cells: [HeaderCell]) -> Bool {
        guard cell.box.y0 >= label.box.y1 - settings.verticalSlack * label.fontSize else { return false }
        return cells.contains { first in
            first.center < cell.center && abs(first.box.midY - cell.box.midY) <= settings.lineStep * cell.fontSize
                && cell.center <= 2 * label.center - first.center + settings.wrapAlignment * cell.fontSize
                && spansSubtotal(label, first, among: cells)
        }
    }

    /// A bottom cell no rule names heads a column the record model does not name (2025年执行数, 增减额): its
    /// figures are kept in `extra` under its printed header, with the header spanning it before a slash. Column
    /// numbers, 栏次 marks and total labels head nothing. (Columns that print no figure are dropped with the body.)
    private func extraColumn(for cell: HeaderCell, among cells: [HeaderCell]) -> Column? {
        let text = cell.printed
        guard !PrintedValue.isNumeric(text), text.contains(where: { $0.isLetter }),
            !catalogue.totalLabels.contains(text), !catalogue.spanningLabels.contains(cell.text),
            !["栏次", "行次"].contains(text)
        else { return nil }
        let spanning = spanningLabel(of: cell, among: cells)
        return Column(key: .extra(spanning.map { "\($0.printed)/\(text)" } ?? text), value: .amount, header: cell)
    }

    private func isCategory(_ cell: HeaderCell) -> Bool {
        catalogue.categories.contains { rule in rule.headers.contains { cell.text.includes($0) } }
    }

    /// Whether a category (人员经费 over a column group) has header cells below it that come within its own width
    /// of it: a group label, not a column of its own (a budget prints 人员经费 as a column beside 合计).
    private func heads(_ label: HeaderCell, among cells: [HeaderCell]) -> Bool {
        let reach = label.box.width
        // Below it: starting on a lower line (a neighbour wrapped onto a second line reaches lower, but is beside it).
        return cells.contains { cell in
            cell.box.isBelow(label.box, by: settings.lineStep * label.fontSize)
                && cell.box.y0 - label.box.y0 >= settings.lineStep * label.fontSize
                && cell.box.x1 > label.box.x0 - reach && cell.box.x0 < label.box.x1 + reach
        }
    }

    /// The 三公 table's 小计: the vehicles' subtotal under 公务用车购置及运行费, the table's total (合计) as the first
    /// column under the label spanning every item; under no label, its own rule (vehicles).
    private func threePublicSubtotal(_ cell: HeaderCell, among cells: [HeaderCell]) -> ColumnRule? {
        let own = layout.columns.first { $0.matches(cell.text) }
        guard let spanning = cells.filter({ spans($0, from: cell, among: cells) }).max(by: { $0.box.y1 < $1.box.y1 })
        else { return own }
        if let item = layout.columns.first(where: { $0.key.item != nil && $0.matches(spanning.text) }) { return item }
        return layout.columns.first { $0.key == .threePublicItem(.total) }
    }

    /// Whether `upper` spans the columns that start with `first`: it stands above `first`, over it or centred
    /// between it and a cell on `first`'s line (基本支出 centred over 小计 / 人员经费 / 公用经费).
    private func spans(_ upper: HeaderCell, from first: HeaderCell, among cells: [HeaderCell]) -> Bool {
        // Wholly above: a cell that reaches down to `first`'s line (a label joined with the cell under it) spans
        // nothing.
        guard upper.text != first.text, upper.box.y1 <= first.box.y0 + settings.verticalSlack * upper.fontSize else {
            return false
        }
        if first.center >= upper.box.x0 && first.center <= upper.box.x1 { return true }
        let mirror = 2 * upper.center - first.center
        let onFirstLine = { (other: HeaderCell) in
            abs(other.box.midY - first.box.midY) <= settings.lineStep * other.fontSize
        }
        // A subtotal whose neighbour on its line stands under the label is the group's first column (基本支出
        // over 小计 / 人员经费 / 公用经费, the label off the group's middle); the 三公 table's 小计 has its own rule.
        if layout.shape != .threePublic, Self.subtotalWords.contains(first.text), upper.center > first.center,
            let next = cells.filter({ onFirstLine($0) && $0.center > first.center }).min(by: { $0.center < $1.center }),
            isStacked(next, under: upper)
        {
            return true
        }
        return upper.center > first.center && mirrorSpans(upper, from: first, to: mirror, among: cells)
    }

    /// Whether `upper` is centred between `first` and a cell at `mirror` on `first`'s line: a column of the group
    /// under the label, never the next group's own subtotal nor a cell that starts beside the label (a sibling of
    /// it, 财政专户管理 beside 本级财政拨款); and no cell between them stands under another label of its line
    /// (groups do not overlap: 合计 is not in 财政专户拨款收入's group across 财政拨款收入's).
    private func mirrorSpans(
        _ upper: HeaderCell, from first: HeaderCell, to mirror: Double, among cells: [HeaderCell]
    )
        -> Bool
    {
        let mirrored = cells.contains { other in
            abs(other.box.midY - first.box.midY) <= settings.lineStep * other.fontSize
                && abs(other.center - mirror) <= settings.wrapAlignment * other.fontSize
                && !Self.subtotalWords.contains(other.text) && other.box.y0 >= upper.box.y1
        }
        // A group starts with its one subtotal: another subtotal between the two is the start of a group of its own.
        guard mirrored,
            !cells.contains(where: {
                $0 != first && Self.subtotalWords.contains($0.text) && $0.center > first.center && $0.center < mirror
            })
        else { return false }
        let otherLabels = cells.filter {
            $0 != upper && abs($0.box.midY - upper.box.midY) <= settings.lineStep * $0.fontSize
        }
        return !cells.contains { cell in
            cell.center > first.center && cell.center < mirror && otherLabels.contains { isStacked(cell, under: $0) }
        }
    }

    /// Whether `label` is centred over a group of columns that starts with its subtotal `first` (上年结转结余
    /// over 小计 / 一般公共预算资金 / … ): a label, not a column of its own.
    private func spansSubtotal(_ label: HeaderCell, _ first: HeaderCell, among cells: [HeaderCell]) -> Bool {
        Self.subtotalWords.contains(first.text) && spans(label, from: first, among: cells)
    }

    /// Whether `lower` is printed under `upper`, inside its width.
    private func isStacked(_ lower: HeaderCell, under upper: HeaderCell) -> Bool {
        lower.box.isBelow(upper.box, by: settings.lineStep * upper.fontSize)
            && lower.center >= upper.box.x0 && lower.center <= upper.box.x1
    }

    /// Words that name the first column under a spanning header as that header's own figure (基本支出 over
    /// 小计 / 人员经费 / 公用经费, 本级财政拨款 over 金额 / 其中：经费拨款).
    static let subtotalWords: Set<String> = ["小计", "合计", "金额", "计"]

    /// The rule naming `cell`: a subtotal under a spanning header (the nearest above it) that names a column takes
    /// that header's rule; any other cell the first rule its text matches. (The 三公 table's 小计 is the vehicles'
    /// subtotal, named by its own rule, under measures that span every item.)
    private func rule(for cell: HeaderCell, among cells: [HeaderCell]) -> ColumnRule? {
        if layout.shape == .threePublic, Self.subtotalWords.contains(cell.text) {
            return threePublicSubtotal(cell, among: cells)
        }
        if Self.subtotalWords.contains(cell.text),
            let spanning = cells.filter({ spans($0, from: cell, among: cells) }).max(by: { $0.box.y1 < $1.box.y1 }),
            let rule = layout.columns.first(where: { $0.matches(spanning.text) })
        {
            return rule
        }
        return layout.columns.first { $0.matches(cell.text) }
    }

    private func column(for cell: HeaderCell, among cells: [HeaderCell]) -> Column? {
        if let rule = rule(for: cell, among: cells) {
            var column = Column(key: rule.key, value: rule.value, header: cell)
            if layout.shape == .threePublic { resolveThreePublic(&column, among: cells) }
            return column
        }
        return nil
    }

    /// The 三公 table prints either items over 预算数 / 决算数 pairs, or 预算数 / 决算数 over item columns.
    /// A column named by a measure takes its item from the nearest item cell above it, and the other way round.
    private func resolveThreePublic(_ column: inout Column, among cells: [HeaderCell]) {
        let above = cells.filter { column.header.box.isBelow($0.box, by: settings.lineStep * $0.fontSize) }
            .sorted { abs($0.center - column.center) < abs($1.center - column.center) }
        if let measure = catalogue.measures.first(where: { rule in .record(rule.value) == column.key }) {
            column.measure = priorYear(column.header, among: cells) ? .priorBudget : measure.value
            let items = layout.columns.filter { $0.key.item != nil }
            if let parent = nearestBelowFirst(
                above.filter { cell in items.contains { $0.matches(cell.text) } }, to: column),
                let rule = items.first(where: { $0.matches(parent.text) })
            {
                column.key = rule.key
            }
        } else if let parent = above.first(where: { cell in
            catalogue.measures.contains { $0.headers.contains { cell.text.includes($0) } }
        }) {
            let measure = catalogue.measures.first { $0.headers.contains { parent.text.includes($0) } }?.value
            column.measure = measure == .budget && priorYear(parent, among: cells) ? .priorBudget : measure
        }
    }

    /// Whether a measure cell names an earlier year than another measure cell of the header (`2025年预算数`
    /// beside `2026年预算数`): a budget prints the year before's budget to compare.
    private func priorYear(_ cell: HeaderCell, among cells: [HeaderCell]) -> Bool {
        guard let year = PrintedYear.find(in: cell.text, requireDu: false)?.year else { return false }
        return cells.contains { other in
            guard let later = PrintedYear.find(in: other.text, requireDu: false)?.year, later > year else {
                return false
            }
            return catalogue.measures.contains { $0.headers.contains { other.text.includes($0) } }
        }
    }

    /// Of cells sorted by horizontal distance, the nearest; among equally near ones (within an em), the lowest.
    private func nearestBelowFirst(_ cells: [HeaderCell], to column: Column) -> HeaderCell? {
        guard let nearest = cells.first else { return nil }
        let distance = abs(nearest.center - column.center)
        return cells.filter { abs($0.center - column.center) <= distance + $0.fontSize }.max { $0.box.y0 < $1.box.y0 }
    }

    /// Sides and groups, left to right: a two-sided table starts its 支出 side at its second item column;
    /// a grouped table starts a new group at each run of code columns (科目编码, or 类 / 款) after the first.
    private func numberGroups(_ columns: inout [Column]) {
        guard layout.shape == .sides || layout.shape == .groups else { return }
        var group = -1
        for index in columns.indices {
            let starts =
                layout.shape == .sides
                ? columns[index].key == .record(.item)
                : columns[index].value == .code && (index == 0 || columns[index - 1].value != .code)
            if starts { group += 1 }
            columns[index].group = max(group, 0)
        }
    }
}
