import Records

/// The two summary tables: the year's totals, each side's 总计, the balance, and the 财政拨款 row totals.
struct SummaryChecks {
    let document: ArchiveDocument

    /// The amount columns of each side.
    static func columns(of table: TableKind, side: Side) -> [RecordKey] {
        table == .fiscalAppropriationSummary && side == .expenditure
            ? [.total, .generalBudget, .governmentFund, .stateCapital] : [.amount]
    }

    static let budgets = RowIdentity(
        rule: .summaryRowTotal, result: RecordKey.total,
        adding: [.generalBudget, .governmentFund, .stateCapital])

    func run(into list: inout CheckList) {
        for table in document.tables
        where table.id == .incomeExpenditureSummary || table.id == .fiscalAppropriationSummary {
            let income = SummarySide(table, side: .income)
            let expenditure = SummarySide(table, side: .expenditure)
            for side in [income, expenditure] {
                for column in Self.columns(of: table.id, side: side.side) {
                    sideTotals(side, column: column, into: &list)
                }
            }
            list.same(
                .summaryBalance, in: table.id, found: income.grandTotal?.amount(.amount),
                expected: expenditure.grandTotal?.amount(Self.columns(of: table.id, side: .expenditure)[0]),
                what: "\(table.id.rawValue) 收入总计 against 支出总计")
            if table.id == .fiscalAppropriationSummary {
                for record in expenditure.records {
                    RowIdentityCheck(identity: Self.budgets, table: table.id).check(record, into: &list)
                }
            }
        }
    }

    private func sideTotals(_ side: SummarySide, column: RecordKey, into list: inout CheckList) {
        guard let yearTotal = side.yearTotal else { return }
        let yearParts = side.yearItems.compactMap { $0.amount(column) }
        if yearTotal.amount(column) != nil || !yearParts.isEmpty {
            list.sum(
                .summaryYearTotal, in: side.table, found: yearTotal.amountOrZero(column), parts: yearParts,
                what: "\(side.table.rawValue) \(yearTotal.label), \(column), against its \(yearParts.count) rows")
        }
        guard let grandTotal = side.grandTotal else { return }
        let parts = ([yearTotal] + side.carryOverRows).compactMap { $0.amount(column) }
        guard grandTotal.amount(column) != nil || !parts.isEmpty else { return }
        list.sum(
            .summarySideTotal, in: side.table, found: grandTotal.amountOrZero(column), parts: parts,
            what: "\(side.table.rawValue) \(side.side) 总计, \(column), against \(yearTotal.label) and the rows below it")
    }
}
