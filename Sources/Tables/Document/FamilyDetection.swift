import Records

/// Tells the layout family from the tables found: the same 公开NN表 number means different tables in the
/// two tagged families (三公 is 07 in Liaoning, 09 in Shanxi; Shanxi adds the 10 statistics table), and the
/// Shanghai family prints the same tables untagged. The national core set of budgets prints its own short titles.
struct FamilyDetection: Sendable {
    var catalogue: LayoutCatalogue
    var settings: SegmentationSettings

    func family(of tables: [FoundTable]) -> Family {
        let financial = tables.filter { $0.layout.shape != .performance }
        guard Set(financial.map(\.layout.kind)).count >= settings.familyMinimumTables else { return .unknown }
        // The national core set is told by its short titles, whatever tags it prints (部门公开表1, 表一 …).
        if financial.filter(\.isNational).count * 2 > financial.count { return .national }
        var votes: [Family: Int] = [:]
        for table in financial {
            guard let number = table.number else { continue }
            for (name, numbers) in catalogue.familyNumbers where numbers[table.layout.kind.rawValue] == number {
                if let family = Family(rawValue: name) { votes[family, default: 0] += 1 }
            }
        }
        // Ties go to the family listed first, so that the answer never depends on dictionary order.
        let ranked = Family.allCases.filter { votes[$0] != nil }
        if let best = ranked.max(by: { votes[$0]! < votes[$1]! || (votes[$0]! == votes[$1]! && $0.rank > $1.rank) }) {
            return best
        }
        let tagged = financial.contains { $0.number != nil }
        return tagged ? .unknown : .shanghai
    }
}

private extension Family {
    var rank: Int { Family.allCases.firstIndex(of: self) ?? 0 }
}
