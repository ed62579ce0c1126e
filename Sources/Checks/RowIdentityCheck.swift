import Records

/// Checks one row identity on the records of a table.
struct RowIdentityCheck {
    let identity: RowIdentity
    let table: TableKind

    func check(_ record: Record, into list: inout CheckList) {
        let parts = identity.adding.compactMap { record.amount($0) }
            + identity.subtracting.compactMap { record.amount($0).map { -$0 } }
        guard record.amount(identity.result) != nil || !parts.isEmpty else { return }
        let formula = identity.adding.joined(separator: " + ")
            + identity.subtracting.map { " − \($0)" }.joined()
        list.sum(identity.rule, in: table, found: record.amountOrZero(identity.result), parts: parts,
                 what: "\(table.rawValue) \(record.subject), \(identity.result) against \(formula)")
    }
}
