import Records
import Testing
@testable import Tables

/// 决算 or 预算 is told by the ends of the report's lines, never by its name, and prose or headers that mention
/// the other kind do not sway it.
@Suite struct DocumentKindTests {
    @Test func finalAccountsByTheirTitles() {
        let lines = [
            "2024年度部门决算", "收入支出决算总表", "项目", "预算数", "决算数", "一般公共预算财政拨款支出决算表",
            "部门预算基本支出人员经费",
        ]
        #expect(DocumentKindMarkers.kind(ofLines: lines) == .finalAccounts)
    }

    @Test func budgetsByTheirTitles() {
        let lines = [
            "上海市普陀区社会福利院2024年单位预算", "2024年预算单位财务收支预算总表", "收入预算总表",
            "上年决算数", "一般公共预算支出功能分类预算表",
        ]
        #expect(DocumentKindMarkers.kind(ofLines: lines) == .budget)
    }

    @Test func everyNameHoldsTheMarkLinesAreScreenedFor() {
        #expect(DocumentKindMarkers.names.allSatisfy { $0.name.contains(DocumentKindMarkers.nameMark) })
    }

    @Test func traditionalBudgetBook() {
        #expect(DocumentKindMarkers.kind(ofLines: ["歲入來源別預算表", "歲出政事別預算表"]) == .budget)
    }

    @Test func aReportNamedInItsHeadingsOnly() {
        let lines = ["第一部分2026年度部门预算情况说明", "一、收支总表", "2025年决算数"]
        #expect(DocumentKindMarkers.kind(ofLines: lines) == .budget)
    }

    @Test func tablesOnlyBudgetsPrintCountForBudgets() {
        #expect(DocumentKindMarkers.kind(ofLines: ["项目", "金额"], tableVotes: [.budget: 6]) == .budget)
    }

    @Test func aDocumentThatNamesNoKindHasNone() {
        #expect(DocumentKindMarkers.kind(ofLines: ["项目", "金额"]) == nil)
    }
}
