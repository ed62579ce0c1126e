import PrintedText
import Records

/// 部门决算公开相关信息统计表: 政府采购 by kind and vehicles by use.
struct StatisticsChecks {
    let document: ArchiveDocument

    static let procurementKinds = ["货物", "工程", "服务"]

    func run(into list: inout CheckList) {
        for table in document.tables where table.id == .disclosureStatistics {
            procurement(table.records, into: &list)
            vehicles(table.records, into: &list)
        }
    }

    /// 政府采购 合计 (the first 合计 row, followed by the three kinds).
    private func procurement(_ records: [Record], into list: inout CheckList) {
        guard let start = records.firstIndex(where: { TextFold.itemKey($0.label) == "合计" }) else { return }
        let kinds = records[(start + 1)...].prefix(Self.procurementKinds.count)
        guard kinds.map({ TextFold.itemKey($0.label) }) == Self.procurementKinds else { return }
        let parts = kinds.compactMap { $0.amount(.value) }
        guard records[start].amount(.value) != nil || !parts.isEmpty else { return }
        list.sum(
            .statisticsProcurement, in: .disclosureStatistics, found: records[start].amountOrZero(.value),
            parts: parts, what: "disclosure_statistics 政府采购合计 against 货物 + 工程 + 服务")
    }

    /// 车辆数合计 against the numbered rows by use below it.
    private func vehicles(_ records: [Record], into list: inout CheckList) {
        guard let start = records.firstIndex(where: { $0.label.includes("车辆数合计") }) else { return }
        let uses = records[(start + 1)...].prefix { $0.label.first?.isNumber == true }
        let parts = uses.compactMap { $0.amount(.value) }
        guard records[start].amount(.value) != nil || !parts.isEmpty else { return }
        list.count(
            .statisticsVehicles, in: .disclosureStatistics, found: records[start].amountOrZero(.value),
            parts: parts, what: "disclosure_statistics 车辆数合计 against the \(uses.count) uses")
    }
}
