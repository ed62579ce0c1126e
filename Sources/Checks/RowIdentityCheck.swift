import Records

/// Checks one row identity on the records of a table.
struct RowIdentityCheck {
    let identity: RowIdentity
    let table: TableKind

    /// Checks `record`, whose keys are the identity's names (record keys, or 三公 items for the 三公 figures).
    func check(_ record: Record, into list: inout CheckList) {
        let amount = { (name: String) in record[name]?.number }
        let parts = identity.adding.compactMap(amount) + identity.subtracting.compactMap { amount($0).map { -$0 } }
        let found = amount(identity.result)
        // A row that prints none of the parts (a table printing a total alone) has nothing to add up.
        guard !parts.isEmpty else { return }
        let formula =
            identity.adding.joined(separator: " + ")
            + identity.subtracting.map { " − \($0)" }.joined()
        list.sum(
            identity.rule, in: table, found: found ?? 0, parts: parts,
            what: "\(table.rawValue) \(record.subject), \(identity.result) against \(formula)")
    }
}
