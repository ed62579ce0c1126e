import Catalogue
import Records

/// 一般公共预算财政拨款基本支出: 经济分类 类 = Σ款, the 人员经费 / 公用经费 合计 rows, and where a budget prints them
/// as columns, 合计 = 人员经费 + 公用经费 on every row.
struct BasicExpenditureChecks {
    let document: ArchiveDocument

    func run(into list: inout CheckList) {
        for table in document.tables where table.id == .basicExpenditure {
            let levels = CodeLevels(classification: .economic, records: table.records)
            for branch in levels.branches {
                let parent = branch.parent
                let parts = branch.children.compactMap { $0.amount(.amount) }
                guard parent.amount(.amount) != nil || !parts.isEmpty else { continue }
                list.sum(
                    .childrenSum, in: table.id, found: parent.amountOrZero(.amount), parts: parts,
                    what: "basic_expenditure \(parent.subject) against the sum of its \(parts.count) 款")
            }
            for record in table.records {
                let parts = [RecordKey.personnel, .public].compactMap { record.amount($0) }
                guard !parts.isEmpty else { continue }
                list.sum(
                    .basicRowSplit, in: table.id, found: record.amountOrZero(.amount), parts: parts,
                    what: "basic_expenditure \(record.subject) 合计 against its 人员经费 + 公用经费")
            }
            categoryTotal(.personnelTotal, category: .personnel, name: "人员经费合计", levels: levels, into: &list)
            categoryTotal(.publicTotal, category: .publicCosts, name: "公用经费合计", levels: levels, into: &list)
        }
    }

    /// The 合计 row of a category against its 类 rows (its 款 rows where no 类 is printed).
    private func categoryTotal(
        _ rule: CheckRule, category: ExpenseCategory, name: String, levels: CodeLevels,
        into list: inout CheckList
    ) {
        guard let total = levels.records.first(where: { $0.code == nil && $0.text(.name) == name }) else { return }
        let inCategory = { (record: Record) in record.text(.category) == category.rawValue }
        let classes = levels.records(atLevel: 0).filter(inCategory)
        let rows = classes.isEmpty ? levels.records(atLevel: 1).filter(inCategory) : classes
        let parts = rows.compactMap { $0.amount(.amount) }
        guard total.amount(.amount) != nil || !parts.isEmpty else { return }
        list.sum(
            rule, in: .basicExpenditure, found: total.amountOrZero(.amount), parts: parts,
            what: "basic_expenditure \(name) against the sum of its \(parts.count) \(classes.isEmpty ? "款" : "类")")
    }
}
