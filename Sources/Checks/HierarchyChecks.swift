import Catalogue
import Records

/// Sums down the 功能分类 hierarchy and row identities of the five tables keyed by function code.
struct HierarchyChecks {
    let document: ArchiveDocument

    func run(into list: inout CheckList) {
        for layout in FunctionalTableLayout.all {
            for table in document.tables where table.id == layout.table {
                check(table, layout: layout, into: &list)
            }
        }
    }

    private func check(_ table: Table, layout: FunctionalTableLayout, into list: inout CheckList) {
        let levels = CodeLevels(classification: .function, records: table.records)
        for column in layout.columns {
            for branch in levels.branches {
                sum(
                    branch.parent, of: branch.children, column: column, rule: .childrenSum, table: table.id, into: &list
                )
            }
            if let total = table.records.first(where: { $0.code == nil && $0.label == "合计" }) {
                // A table with a row per budget unit sums its units; one with codes its 类.
                let units = table.records.filter { $0.code == nil && $0.text(.unit) != nil }
                sum(
                    total, of: units.isEmpty ? levels.records(atLevel: 0) : units, column: column, rule: .grandTotal,
                    table: table.id, into: &list)
            }
        }
        // An identity whose result the table prints in no row (a budget's 政府性基金 table prints no 年末结转) is
        // not the table's.
        let identities = layout.identities.filter { identity in table.records.contains { $0[identity.result] != nil } }
        for record in table.records {
            for identity in identities {
                RowIdentityCheck(identity: identity, table: table.id).check(record, into: &list)
            }
        }
    }

    private func sum(
        _ parent: Record, of children: [Record], column: RecordKey, rule: CheckRule, table: TableKind,
        into list: inout CheckList
    ) {
        let parts = children.compactMap { $0.amount(column) }
        guard parent.amount(column) != nil || !parts.isEmpty, !children.isEmpty else { return }
        let level = rule == .grandTotal ? "类" : (parent.code?.count == 3 ? "款" : "项")
        list.sum(
            rule, in: table, found: parent.amountOrZero(column), parts: parts,
            what: "\(table.rawValue) \(parent.subject), \(column), against the sum of its \(parts.count) \(level)")
    }
}
