import PageModel
import PrintedText
import Records

/// Records of the 基本支出 table: its code/name/amount groups unfolded group by group, each record with its
/// category (人员经费 / 公用经费), and the two 合计 rows.
struct GroupRecords: Sendable {
    var parts: TableParts

    /// The records of each column group in turn, then the 合计 rows.
    func sections(warnings: inout [Diagnostic]) -> [[Record]] {
        let totalNames = parts.layout.totalNames ?? []
        var totals: [Record] = []
        var body: [(page: Int, line: Line)] = []
        for entry in parts.body {
            var line = entry.line
            // The totals' figures may stand a little higher than their labels (cells set at other heights).
            if let last = body.last, last.page == entry.page, isFiguresOnly(last.line),
                line.box.midY - last.line.box.midY < parts.settings.sharedBand * line.fontSize,
                line.words.contains(where: { totalNames.contains($0.text.removingBlanks()) })
            {
                line = Line(words: (last.line.words + line.words).sorted { $0.box.x0 < $1.box.x0 })
                body.removeLast()
            }
            let found = totalRecords(in: line, names: totalNames)
            if found.isEmpty { body.append(entry) } else { totals += found }
        }
        var groupParts = parts
        groupParts.body = body
        let groups = Set(parts.model.columns.map(\.group)).sorted()
        let categories = groupCategories(groups)
        let coded = CodedRecords(parts: groupParts)
        return groups.map { group in
            coded.records(group: group, warnings: &warnings).map { record in
                var record = record
                // A 合计 row (no code) of a table without groups is no category's: it sums both.
                if let code = record[.code]?.text {
                    record[.category] = .text((categories[group] ?? category(ofCode: code)).rawValue)
                } else if let category = categories[group] {
                    record[.category] = .text(category.rawValue)
                }
                return record
            }
        } + [totals]
    }

    private func isFiguresOnly(_ line: Line) -> Bool {
        line.words.allSatisfy { PrintedValue.isNumeric($0.text) }
    }

    /// 人员经费合计 / 公用经费合计 rows: each label takes the first number printed to its right.
    private func totalRecords(in line: Line, names: [String]) -> [Record] {
        var records: [Record] = []
        for (index, word) in line.words.enumerated() {
            let text = word.text.removingBlanks()
            guard names.contains(text) else { continue }
            var record: Record = [:]
            record[.name] = .text(text)
            record[.category] = .text((category(ofLabel: text) ?? .publicCosts).rawValue)
            for next in line.words[(index + 1)...] {
                let nextText = next.text.removingBlanks()
                if names.contains(nextText) { break }
                if let value = PrintedNumber.parse(nextText) {
                    record[.amount] = .number(value)
                    break
                }
            }
            records.append(record)
        }
        return records
    }

    /// The category printed over each group, where the layout prints one (人员经费 over the first group,
    /// 公用经费 over the rest): each label covers the run of groups it is centred over.
    private func groupCategories(_ groups: [Int]) -> [Int: ExpenseCategory] {
        // A label that heads a column of its own (a budget's 人员经费 beside 合计) is no group's.
        let columnHeaders = Set(
            parts.model.columns.filter { column in
                [ColumnKey.record(.personnel), .record(.public)].contains(column.key)
            }.map(\.header))
        let labels = parts.headerCells.filter { !columnHeaders.contains($0) }
            .compactMap { cell in category(ofLabel: cell.text).map { (cell, $0) } }
            .sorted { $0.0.center < $1.0.center }
        guard !labels.isEmpty else { return [:] }
        let extents = groups.map { group -> (Double, Double) in
            let boxes = parts.model.columns.filter { $0.group == group }.map(\.header.box)
            return (boxes.map(\.x0).min() ?? 0, boxes.map(\.x1).max() ?? 0)
        }
        var result: [Int: ExpenseCategory] = [:]
        var start = 0
        for (k, (cell, category)) in labels.enumerated() where start < groups.count {
            var end = groups.count - 1
            if k < labels.count - 1 {
                let remainingLabels = labels.count - 1 - k
                let candidates = start...max(start, groups.count - 1 - remainingLabels)
                end =
                    candidates.min { a, b in
                        abs((extents[start].0 + extents[a].1) / 2 - cell.center)
                            < abs((extents[start].0 + extents[b].1) / 2 - cell.center)
                    } ?? start
            }
            for index in start...end { result[groups[index]] = category }
            start = end + 1
        }
        return result
    }

    private func category(ofLabel text: String) -> ExpenseCategory? {
        parts.catalogue.categories.first { rule in rule.headers.contains { text.includes($0) } }
            .flatMap { ExpenseCategory(rawValue: $0.value.rawValue) }
    }

    /// Where the layout prints no groups, the 经济分类 class decides: 301 and 303 are 人员经费.
    private func category(ofCode code: String) -> ExpenseCategory {
        parts.catalogue.personnelClasses.contains(String(code.prefix(3))) ? .personnel : .publicCosts
    }
}
