import Catalogue
import Records

/// The 收入支出决算总表 against the income table, the expenditure table and the 财政拨款 summary.
struct SummaryCrossChecks {
    let document: ArchiveDocument
    let classes: ClassMatching

    /// Summary income rows (enumerator stripped) and the income-table column of the same source.
    /// A budget prints one 财政拨款收入 row (its parts by budget under it) and 事业单位经营收入.
    static let incomeSources: [(items: [String], column: RecordKey)] = [
        (["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "财政拨款收入"], .fiscalAppropriation),
        (["上级补助收入"], .superiorSubsidy), (["事业收入"], .business), (["经营收入", "事业单位经营收入"], .operating),
        (["附属单位上缴收入"], .affiliatedRemittance), (["其他收入"], .other),
    ]

    func run(into list: inout CheckList) {
        guard let summary = document.table(.incomeExpenditureSummary) else { return }
        let income = SummarySide(summary, side: .income)
        let expenditure = SummarySide(summary, side: .expenditure)
        if let table = document.table(.income) {
            list.same(
                .crossIncomeTotal, in: summary.id, found: income.yearTotal?.amount(.amount),
                expected: table.total(.total),
                what: "income_expenditure_summary 本年收入合计 against the income table's 合计")
            sources(income, table, into: &list)
        }
        if let table = document.table(.expenditure) {
            list.same(
                .crossExpenditureTotal, in: summary.id, found: expenditure.yearTotal?.amount(.amount),
                expected: table.total(.total),
                what: "income_expenditure_summary 本年支出合计 against the expenditure table's 合计")
            for (row, detail) in classes.pairs(expenditure.yearRows, with: table) {
                list.same(
                    .crossSummaryClass, in: summary.id, found: row.amount(.amount),
                    expected: detail?.amount(.total),
                    what:
                        "income_expenditure_summary \(row.label) against expenditure 类 \(detail?.subject ?? "(not printed)")"
                )
            }
        }
        if let fiscal = document.table(.fiscalAppropriationSummary) {
            let fiscalIncome = SummarySide(fiscal, side: .income)
            for item in Self.incomeSources[0].items {
                let fiscalItem = String(item.dropLast(2))  // 一般公共预算财政拨款收入 → 一般公共预算财政拨款
                guard let row = income.yearRow(item), let other = fiscalIncome.yearRow(fiscalItem) else { continue }
                list.same(
                    .crossFiscalIncome, in: summary.id, found: row.amount(.amount),
                    expected: other.amount(.amount),
                    what: "income_expenditure_summary \(row.label) against fiscal_appropriation_summary \(other.label)")
            }
        }
    }

    private func sources(_ income: SummarySide, _ table: Table, into list: inout CheckList) {
        for (items, column) in Self.incomeSources {
            let parts = items.compactMap { income.yearRow($0)?.amount(.amount) }
            let expected = table.total(column)
            guard expected != nil || !parts.isEmpty else { continue }
            list.sum(
                .crossIncomeSources, in: .income, found: expected ?? 0, parts: parts,
                what: "income table 合计 \(column) against income_expenditure_summary \(items.joined(separator: " + "))")
        }
    }
}
