import Records

/// The 财政拨款 tables against each other: the summary against each budget's expenditure table, the
/// 一般公共预算 basic column against the basic-expenditure table, and 三公 against the statistics table.
struct FiscalCrossChecks {
    let document: ArchiveDocument
    let classes: ClassMatching

    /// The 财政拨款 summary's expenditure columns and the table that details each.
    static let budgets: [(column: RecordKey, table: TableKind)] = [
        (.generalBudget, .generalBudgetExpenditure), (.governmentFund, .governmentFund), (.stateCapital, .stateCapital),
    ]

    /// Statistics items (by a word they contain) that print a 三公 amount, and the 三公 item they are;
    /// the last word an item contains decides, so the more specific words come later.
    static let threePublicItems: [(word: String, item: ThreePublicItem)] = [
        ("三公", .total), ("因公出国", .overseasTravel), ("公务接待", .officialReception),
        ("公务用车购置", .vehiclePurchase), ("公务用车运行", .vehicleOperation), ("购置及运行", .vehicles),
    ]

    func run(into list: inout CheckList) {
        fiscalSummary(into: &list)
        basicTotal(into: &list)
        threePublicStatistics(into: &list)
    }

    private func fiscalSummary(into list: inout CheckList) {
        guard let summary = document.table(.fiscalAppropriationSummary) else { return }
        let expenditure = SummarySide(summary, side: .expenditure)
        // A summary that prints its expenditure in one column (广州) prints no fund's column to compare.
        let printed = Set(summary.records.filter { $0.text(.side) == Side.expenditure.rawValue }.flatMap(\.keys))
        for (column, kind) in Self.budgets where printed.contains(column.rawValue) {
            guard let table = document.table(kind) else { continue }
            list.same(
                .crossFiscalTotal, in: summary.id, found: expenditure.yearTotal?.amount(column),
                expected: table.total(.total),
                what: "fiscal_appropriation_summary 本年支出合计, \(column), against the \(kind.rawValue) 合计")
        }
        guard printed.contains(RecordKey.generalBudget.rawValue),
            let generalBudget = document.table(.generalBudgetExpenditure)
        else { return }
        for (row, detail) in classes.pairs(expenditure.yearRows, with: generalBudget) {
            list.same(
                .crossFiscalClass, in: summary.id, found: row.amount(.generalBudget),
                expected: detail?.amount(.total),
                what:
                    "fiscal_appropriation_summary \(row.label), general_budget, against general_budget_expenditure 类 \(detail?.subject ?? "(not printed)")"
            )
        }
    }

    private func basicTotal(into list: inout CheckList) {
        guard let generalBudget = document.table(.generalBudgetExpenditure),
            let basic = document.table(.basicExpenditure)
        else { return }
        let parts = basic.records.filter { $0.code == nil }.compactMap { $0.amount(.amount) }
        guard let found = generalBudget.total(.basic) ?? (parts.isEmpty ? nil : 0) else { return }
        list.sum(
            .crossBasicTotal, in: .generalBudgetExpenditure, found: found, parts: parts,
            what: "general_budget_expenditure 合计 basic against basic_expenditure 人员经费合计 + 公用经费合计")
    }

    private func threePublicStatistics(into list: inout CheckList) {
        guard let threePublic = document.table(.threePublicExpenses),
            let statistics = document.table(.disclosureStatistics)
        else { return }
        for record in statistics.records {
            let item = record.label
            guard !["辆", "人", "批次", "个"].contains(where: item.contains),
                let match = Self.threePublicItems.last(where: { item.contains($0.word) })
            else { continue }
            let actual =
                threePublic.empty
                ? 0
                : threePublic.records.first { $0.text(.item) == match.item.rawValue }?.amount(.actual)
            list.same(
                .crossThreePublicStatistics, in: .threePublicExpenses, found: record.amount(.value),
                expected: actual,
                what: "disclosure_statistics \(item) against three_public_expenses \(match.item) actual")
        }
    }
}
