import Records

/// 财政拨款“三公”经费: the total of the three kinds and the vehicles' two parts, budget and actual.
struct ThreePublicChecks {
    let document: ArchiveDocument

    static let identities = [
        RowIdentity(
            rule: .threePublicTotal, result: ThreePublicItem.total,
            adding: [.overseasTravel, .officialReception, .vehicles]),
        RowIdentity(
            rule: .threePublicVehicles, result: ThreePublicItem.vehicles, adding: [.vehiclePurchase, .vehicleOperation]),
    ]

    func run(into list: inout CheckList) {
        for table in document.tables where table.id == .threePublicExpenses {
            for column in [RecordKey.budget, .actual] {
                // One record per item: turn the column into a record keyed by item, and reuse the row identities.
                var byItem: Record = [:]
                for record in table.records {
                    if let item = record.text(.item), let value = record[column] { byItem[item] = value }
                }
                byItem[.name] = .text(column == .budget ? "预算数" : "决算数")
                for identity in Self.identities {
                    RowIdentityCheck(identity: identity, table: table.id).check(byItem, into: &list)
                }
            }
        }
    }
}
