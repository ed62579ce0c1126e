import Checks
import Foundation
import Records
import Testing

/// Each rule at least once: change figures of a correct document and see exactly the expected rules fail.
///
/// Most cases change one figure. Where a figure also takes part in a sum up the hierarchy, the same change is
/// made down (or up) its chain of rows, so that only the rule under test sees a difference; where a figure is
/// printed in two identities that no chain avoids, both rules are expected and the case says so.
@Suite struct RuleMutationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var document: String
        var edits: [FigureEdit]
        var failing: Set<String>
        var testDescription: String { rule }
    }

    static let zhengfuban = "liaoning-chaoyang-zhengfuban-2024.calc"
    static let shuozhou = "shanxi-shuozhou-kaifaqu-2024.calc"
    static let yangcheng = "shanxi-yangcheng-zhengfuban-2024.calc"
    /// A 部门预算 (amounts in 元, the 三公 table in 万元).
    static let sifaju = "sh-putuo-sifaju-2026-bumenyusuan"

    static func chain(_ table: TableKind, _ rows: [String], _ columns: [String], side: String? = nil) -> [FigureEdit] {
        rows.flatMap { row in columns.map { FigureEdit(table: table, row: row, side: side, column: $0) } }
    }

    static func shifted(_ edits: [FigureEdit], by delta: Decimal) -> [FigureEdit] {
        edits.map { edit in
            var edit = edit
            edit.delta = delta
            return edit
        }
    }

    static let cases: [Case] = [
        Case(
            rule: "children_sum (功能分类 款 = Σ项)", document: zhengfuban,
            edits: chain(.income, ["2010301"], ["total", "fiscal_appropriation"]), failing: ["children_sum"]),
        Case(
            rule: "children_sum (经济分类 类 = Σ款)", document: zhengfuban,
            edits: chain(.basicExpenditure, ["3020"], ["amount"]), failing: ["children_sum"]),
        Case(
            rule: "grand_total", document: zhengfuban,
            edits: chain(.income, ["221", "22102", "2210201"], ["total", "fiscal_appropriation"]),
            failing: ["grand_total"]),
        Case(
            rule: "row_total", document: shuozhou,
            edits: chain(.expenditure, ["2010350", "20103", "201", "合计"], ["basic"]), failing: ["row_total"]),
        // The 合计 of each income source is also printed in the summary table.
        Case(
            rule: "income_sources", document: zhengfuban,
            edits: chain(.income, ["2010301", "20103", "201", "合计"], ["fiscal_appropriation"]),
            failing: ["income_sources", "cross_income_sources"]),
        Case(
            rule: "fund_balance", document: SyntheticDocuments.governmentFundName,
            edits: chain(.governmentFund, ["2120801", "21208", "212", "合计"], ["closing_balance"]),
            failing: ["fund_balance"]),
        Case(
            rule: "personnel_total", document: zhengfuban,
            edits: chain(.basicExpenditure, ["303", "3039"], ["amount"]), failing: ["personnel_total"]),
        Case(
            rule: "public_total", document: zhengfuban,
            edits: chain(.basicExpenditure, ["310", "3100"], ["amount"]), failing: ["public_total"]),
        Case(
            rule: "three_public_total", document: zhengfuban,
            edits: chain(.threePublicExpenses, ["overseas_travel"], ["actual"]), failing: ["three_public_total"]),
        Case(
            rule: "three_public_vehicles", document: zhengfuban,
            edits: chain(.threePublicExpenses, ["vehicle_purchase"], ["budget"]), failing: ["three_public_vehicles"]),
        // Every year row of the summary is also printed in the income table.
        Case(
            rule: "summary_year_total", document: zhengfuban,
            edits: chain(.incomeExpenditureSummary, ["八、其他收入"], ["amount"], side: "income"),
            failing: ["summary_year_total", "cross_income_sources"]),
        Case(
            rule: "summary_side_total", document: zhengfuban,
            edits: chain(.incomeExpenditureSummary, ["年初结转和结余"], ["amount"], side: "income"),
            failing: ["summary_side_total"]),
        Case(
            rule: "summary_balance", document: zhengfuban,
            edits: chain(.incomeExpenditureSummary, ["年初结转和结余", "总计"], ["amount"], side: "income"),
            failing: ["summary_balance"]),
        // A row's total is also a term of 本年支出合计.
        Case(
            rule: "summary_row_total", document: zhengfuban,
            edits: chain(.fiscalAppropriationSummary, ["九、卫生健康支出"], ["total"], side: "expenditure"),
            failing: ["summary_row_total", "summary_year_total"]),
        Case(
            rule: "statistics_procurement", document: yangcheng,
            edits: chain(.disclosureStatistics, ["货物"], ["value"]), failing: ["statistics_procurement"]),
        Case(
            rule: "statistics_vehicles", document: yangcheng,
            edits: chain(.disclosureStatistics, ["8.其他用车"], ["value"]), failing: ["statistics_vehicles"]),
        // A new source column of the income table: the summary prints neither the total nor the source.
        Case(
            rule: "cross_income_total", document: zhengfuban,
            edits: chain(.income, ["2010301", "20103", "201", "合计"], ["total", "business"]),
            failing: ["cross_income_total", "cross_income_sources"]),
        // The 类 row changed with its total is also printed in the summary.
        Case(
            rule: "cross_expenditure_total", document: zhengfuban,
            edits: chain(.expenditure, ["2010301", "20103", "201", "合计"], ["total", "operating"]),
            failing: ["cross_expenditure_total", "cross_summary_class"]),
        Case(
            rule: "cross_summary_class", document: zhengfuban,
            edits: chain(.incomeExpenditureSummary, ["十九、住房保障支出"], ["amount"], side: "expenditure")
                + shifted(
                    chain(.incomeExpenditureSummary, ["一、一般公共服务支出"], ["amount"], side: "expenditure"),
                    by: -1),
            failing: ["cross_summary_class"]),
        // The row is also a term of the 财政拨款 summary's 本年收入合计.
        Case(
            rule: "cross_fiscal_income", document: zhengfuban,
            edits: chain(.fiscalAppropriationSummary, ["一、一般公共预算财政拨款"], ["amount"], side: "income"),
            failing: ["cross_fiscal_income", "summary_year_total"]),
        // The 类 row changed with its total is also printed in the 财政拨款 summary.
        Case(
            rule: "cross_fiscal_total", document: zhengfuban,
            edits: chain(.generalBudgetExpenditure, ["2010301", "20103", "201", "合计"], ["total", "project"]),
            failing: ["cross_fiscal_total", "cross_fiscal_class"]),
        Case(
            rule: "cross_fiscal_class", document: zhengfuban,
            edits: chain(
                .fiscalAppropriationSummary, ["十九、住房保障支出"], ["total", "general_budget"],
                side: "expenditure")
                + shifted(
                    chain(
                        .fiscalAppropriationSummary, ["一、一般公共服务支出"], ["total", "general_budget"],
                        side: "expenditure"), by: -1),
            failing: ["cross_fiscal_class"]),
        Case(
            rule: "cross_basic_total", document: zhengfuban,
            edits: chain(.basicExpenditure, ["303", "3039", "人员经费合计"], ["amount"]), failing: ["cross_basic_total"]),
        Case(
            rule: "cross_three_public_statistics", document: SyntheticDocuments.threePublicStatisticsName,
            edits: chain(.disclosureStatistics, ["公务接待费"], ["value"]), failing: ["cross_three_public_statistics"]),
        // Budgets: one figure of each table kind.
        Case(
            rule: "basic_row_split (budget)", document: sifaju,
            edits: chain(.basicExpenditure, ["30101"], ["personnel"]), failing: ["basic_row_split"]),
        Case(
            rule: "children_sum (budget income)", document: sifaju,
            edits: chain(.income, ["2040601"], ["total", "fiscal_appropriation"]), failing: ["children_sum"]),
        Case(
            rule: "row_total (budget expenditure)", document: sifaju,
            edits: chain(.expenditure, ["2040601", "20406", "204", "合计"], ["basic"]), failing: ["row_total"]),
        Case(
            rule: "children_sum (budget general budget)", document: sifaju,
            edits: chain(.generalBudgetExpenditure, ["2040601"], ["total", "basic"]), failing: ["children_sum"]),
        Case(
            rule: "three_public_total (budget)", document: sifaju,
            edits: chain(.threePublicExpenses, ["official_reception"], ["budget"]), failing: ["three_public_total"]),
        Case(
            rule: "summary_balance (budget)", document: sifaju,
            edits: chain(.incomeExpenditureSummary, ["支出总计"], ["amount"], side: "expenditure"),
            failing: ["summary_balance", "summary_year_total", "cross_expenditure_total"]),
        Case(
            rule: "summary_year_total (budget 财政拨款 summary)", document: sifaju,
            edits: chain(.fiscalAppropriationSummary, ["一、一般公共预算"], ["amount"], side: "income"),
            failing: ["summary_year_total"]),
    ]

    @Test func everyRuleIsExercised() {
        let exercised = Set(Self.cases.flatMap(\.failing))
        #expect(exercised == Set(CheckRule.allCases.map(\.rawValue)))
    }

    @Test(arguments: cases)
    func alteredFiguresFailTheirRule(_ testCase: Case) throws {
        let original = try Self.document(testCase.document)
        #expect(Validation().tableChecks(of: original).filter { !$0.ok }.isEmpty)
        var altered = original
        for edit in testCase.edits { edit.apply(to: &altered) }
        let failing = Set(Validation().tableChecks(of: altered).filter { !$0.ok }.map(\.rule))
        #expect(failing == testCase.failing)
    }

    static func document(_ name: String) throws -> ArchiveDocument {
        switch name {
        case SyntheticDocuments.governmentFundName: SyntheticDocuments.governmentFund
        case SyntheticDocuments.threePublicStatisticsName: SyntheticDocuments.threePublicStatistics
        default: try TruthDocuments.load(name)
        }
    }
}
