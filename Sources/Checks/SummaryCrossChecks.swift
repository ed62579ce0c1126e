import FoundationEssentials
import Catalogue
import Records

/// The 收入支出决算总表 against the income table, the expenditure table and the 财政拨款 summary.
struct SummaryCrossChecks {
    let document: ArchiveDocument
    let classes: ClassMatching

    /// Summary income rows (enumerator stripped; national budgets add 资金) and the income-table column of the
    /// same source. A budget prints one 财政拨款收入 row (its parts by budget under it) and 事业单位经营收入;
    /// national budgets print 预算拨款 / 本级财政拨款收入 for it and 财政专户 rows.
    static let incomeSources: [(items: [String], column: RecordKey)] = [
        (
            fiscalSources + [
                "财政拨款收入", "本级财政拨款收入", "预算拨款", "一般公共预算", "政府性基金预算", "国有资本经营预算",
                "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入",
            ], .fiscalAppropriation
        ),
        (["财政专户拨款", "财政专户管理", "财政专户管理事业收入", "财政专户管理资金收入"], .specialAccount),
        (["上级补助收入"], .superiorSubsidy), (["事业收入"], .business),
        (["经营收入", "事业单位经营收入", "事业单位经营服务收入"], .operating),
        (["附属单位上缴收入"], .affiliatedRemittance), (["其他收入", "其它收入"], .other),
    ]

    /// The three budgets' 财政拨款收入 rows, which the 财政拨款 summary prints too (without 收入).
    static let fiscalSources = ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"]

    func run(into list: inout CheckList) {
        guard let summary = document.table(.incomeExpenditureSummary) else { return }
        let income = SummarySide(summary, side: .income)
        let expenditure = SummarySide(summary, side: .expenditure)
        if let table = document.table(.income), let total = income.yearTotal {
            yearIncome(total, table, into: &list)
            sources(income, table, into: &list)
        }
        if let table = document.table(.expenditure), let total = expenditure.yearTotal {
            list.same(
                .crossExpenditureTotal, in: summary.id, found: total.amount(.amount), expected: table.total(.total),
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
            for item in Self.fiscalSources {
                let fiscalItem = String(item.dropLast(2))  // 一般公共预算财政拨款收入 → 一般公共预算财政拨款
                guard let row = income.yearRow(item), let other = fiscalIncome.yearRow(fiscalItem) else { continue }
                list.same(
                    .crossFiscalIncome, in: summary.id, found: row.amount(.amount),
                    expected: other.amount(.amount),
                    what: "income_expenditure_summary \(row.label) against fiscal_appropriation_summary \(other.label)")
            }
        }
    }

    /// 本年收入合计 against the income table's 合计; where the income table counts 上年结转 in its 合计 (a budget's
    /// carry-over column), against that 合计 less the carry-over.
    private func yearIncome(_ total: Record, _ table: Table, into list: inout CheckList) {
        let what = "income_expenditure_summary 本年收入合计 against the income table's 合计"
        guard let carryover = table.total(.carryover), let tableTotal = table.total(.total) else {
            list.same(
                .crossIncomeTotal, in: .incomeExpenditureSummary, found: total.amount(.amount),
                expected: table.total(.total), what: what)
            return
        }
        list.sum(
            .crossIncomeTotal, in: .incomeExpenditureSummary, found: total.amountOrZero(.amount),
            parts: [tableTotal, -carryover], what: what + " less its 上年结转")
    }

    /// Each source the summary prints a row for (a source it does not print is not compared: the summary may
    /// group sources another way) against the income table's 合计 of that column.
    private func sources(_ income: SummarySide, _ table: Table, into list: inout CheckList) {
        for (items, column) in Self.incomeSources {
            let rows = items.compactMap { income.yearItem($0) }
            guard !rows.isEmpty else { continue }
            let parts = rows.compactMap { $0.amount(.amount) }
            let what =
                "income table 合计 \(column) against income_expenditure_summary \(rows.map(\.label).joined(separator: " + "))"
            if column == .fiscalAppropriation, table.total(column) == nil, let budgets = fiscalByBudget(table) {
                // Printed by budget: the summary's figure against the sum of the table's budget columns.
                list.sum(.crossIncomeSources, in: .income, found: Amount.sum(parts), parts: budgets, what: what)
                continue
            }
            let expected = table.total(column)
            guard expected != nil || !parts.isEmpty else { continue }
            list.sum(.crossIncomeSources, in: .income, found: expected ?? 0, parts: parts, what: what)
        }
    }

    /// The 合计 of an income table's budget columns (一般公共预算 / 政府性基金 / 国有资本经营), where it prints 财政拨款
    /// by budget.
    private func fiscalByBudget(_ table: Table) -> [Decimal]? {
        let budgets = [RecordKey.generalBudget, .governmentFund, .stateCapital].compactMap { table.total($0) }
        return budgets.isEmpty ? nil : budgets
    }
}
