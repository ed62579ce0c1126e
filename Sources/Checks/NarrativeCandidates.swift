import FoundationEssentials
import PrintedText
import Prose
import Records

/// The table figures each kind of narrative figure can only be quoting.
struct NarrativeCandidates {
    let document: ArchiveDocument

    func candidates(for kind: NarrativeKind) -> [NarrativeCandidate] {
        switch kind {
        case .incomeTotal:
            summary(.incomeExpenditureSummary, .income, \.grandTotal)
                + summary(.fiscalAppropriationSummary, .income, \.grandTotal)
        case .expenditureTotal:
            summary(.incomeExpenditureSummary, .expenditure, \.grandTotal)
                + summary(.fiscalAppropriationSummary, .expenditure, \.grandTotal, column: .total)
                + summary(.incomeExpenditureSummary, .expenditure, \.yearTotal)
        case .incomeYearTotal:
            summary(.incomeExpenditureSummary, .income, \.yearTotal) + total(.income, .total)
        case .expenditureYearTotal:
            summary(.incomeExpenditureSummary, .expenditure, \.yearTotal) + total(.expenditure, .total)
        case .fiscalIncome:
            total(.income, .fiscalAppropriation) + summary(.fiscalAppropriationSummary, .income, \.yearTotal)
        case .generalBudgetIncome:
            incomeRow("一般公共预算财政拨款收入", fiscal: "一般公共预算财政拨款")
        case .governmentFundIncome:
            incomeRow("政府性基金预算财政拨款收入", fiscal: "政府性基金预算财政拨款")
        case .stateCapitalIncome:
            incomeRow("国有资本经营预算财政拨款收入", fiscal: "国有资本经营预算财政拨款")
        case .fiscalExpenditure:
            summary(.fiscalAppropriationSummary, .expenditure, \.yearTotal, column: .total)
        case .generalBudgetExpenditure:
            total(.generalBudgetExpenditure, .total)
                + summary(.fiscalAppropriationSummary, .expenditure, \.yearTotal, column: .generalBudget)
        case .basic:
            total(.expenditure, .basic) + total(.generalBudgetExpenditure, .basic) + personnelAndPublic()
        case .project:
            total(.expenditure, .project) + total(.generalBudgetExpenditure, .project)
        case .personnel:
            basicTotal("人员经费合计")
        case .publicCosts:
            basicTotal("公用经费合计")
        case .threePublicTotal: threePublic(.total)
        case .overseasTravel: threePublic(.overseasTravel)
        case .officialReception: threePublic(.officialReception)
        case .vehicles: threePublic(.vehicles)
        case .vehiclePurchase: threePublic(.vehiclePurchase)
        case .vehicleOperation: threePublic(.vehicleOperation)
        case .procurementTotal:
            statistics { TextFold.itemKey($0) == "合计" }
        case .procurementGoods:
            statistics { TextFold.itemKey($0) == "货物" }
        case .procurementWorks:
            statistics { TextFold.itemKey($0) == "工程" }
        case .procurementServices:
            statistics { TextFold.itemKey($0) == "服务" }
        case .vehicleCount:
            statistics { $0.includes("车辆数合计") }
        case .vehicleFleet, .vehiclesBought:
            []
        }
    }

    private func candidate(_ table: TableKind, _ what: String, _ value: Decimal?) -> [NarrativeCandidate] {
        [NarrativeCandidate(table: table, what: what, parts: [value ?? 0])]
    }

    private func summary(
        _ kind: TableKind, _ side: Side, _ row: KeyPath<SummarySide, Record?>,
        column: RecordKey = .amount
    ) -> [NarrativeCandidate] {
        guard let table = document.table(kind), let record = SummarySide(table, side: side)[keyPath: row] else {
            return []
        }
        return candidate(kind, "\(kind.rawValue) \(record.label) \(column)", record.amount(column))
    }

    private func total(_ kind: TableKind, _ column: RecordKey) -> [NarrativeCandidate] {
        guard let table = document.table(kind), table.empty || table.totalRow != nil else { return [] }
        return candidate(kind, "\(kind.rawValue) 合计 \(column)", table.total(column))
    }

    private func incomeRow(_ item: String, fiscal: String) -> [NarrativeCandidate] {
        let rows = [(TableKind.incomeExpenditureSummary, item), (.fiscalAppropriationSummary, fiscal)]
        return rows.flatMap { kind, item -> [NarrativeCandidate] in
            guard let table = document.table(kind), let record = SummarySide(table, side: .income).yearRow(item)
            else { return [] }
            return candidate(kind, "\(kind.rawValue) \(record.label)", record.amount(.amount))
        }
    }

    private func basicTotal(_ name: String) -> [NarrativeCandidate] {
        guard let record = document.table(.basicExpenditure)?.records.first(where: { $0.text(.name) == name })
        else { return [] }
        return candidate(.basicExpenditure, "basic_expenditure \(name)", record.amount(.amount))
    }

    /// 基本支出 as 人员经费合计 + 公用经费合计, which the prose sometimes quotes instead of the printed total.
    private func personnelAndPublic() -> [NarrativeCandidate] {
        let parts = basicTotal("人员经费合计") + basicTotal("公用经费合计")
        guard parts.count == 2 else { return [] }
        return [
            NarrativeCandidate(
                table: .basicExpenditure, what: "basic_expenditure 人员经费合计 + 公用经费合计",
                parts: parts.map(\.value))
        ]
    }

    private func threePublic(_ item: ThreePublicItem) -> [NarrativeCandidate] {
        guard let table = document.table(.threePublicExpenses) else { return [] }
        let record = table.records.first { $0.text(.item) == item.rawValue }
        guard table.empty || record != nil else { return [] }
        // A budget's prose quotes the 预算数, final accounts' the 决算数.
        let measure: RecordKey = document.document.kind == .budget ? .budget : .actual
        let own = candidate(.threePublicExpenses, "three_public_expenses \(item) \(measure)", record?.amount(measure))
        // A table split by fund keeps the 合计 of all funds in `extra`; the prose may quote that.
        guard case .figures(let extra)? = record?[.extra], let allFunds = extra["合计"] else { return own }
        return own + candidate(.threePublicExpenses, "three_public_expenses \(item) 合计 of all funds", allFunds)
    }

    private func statistics(_ matches: (String) -> Bool) -> [NarrativeCandidate] {
        guard let record = document.table(.disclosureStatistics)?.records.first(where: { matches($0.label) })
        else { return [] }
        return candidate(.disclosureStatistics, "disclosure_statistics \(record.label)", record.amount(.value))
    }
}
