import ArchiveStore
import Foundation
import Records
import Testing
import TestSupport

extension DaemonTests {
    @Suite struct Kinds {
        @Test(
            "a budget and final accounts are archived apart, each index line saying its kind",
            .enabled(if: Corpus.shared("budgets") != nil && Corpus.publicCorpus != nil, "needs ../shared/corpus"))
        func budgetAndFinalAccountsApart() throws {
            let harness = try DaemonHarness()
            let budget = try #require(Corpus.shared("budgets")).appendingPathComponent(
                "sh-putuo-sifaju-2026-bumenyusuan.pdf")
            let accounts = try #require(Corpus.publicCorpus).appendingPathComponent(
                "sh-putuo-guihuaziranziyuanju-2024-bumenjuesuan.pdf")
            try harness.drop(Data(contentsOf: budget), as: "budget.pdf")
            try harness.drop(Data(contentsOf: accounts), as: "accounts.pdf")
            #expect(try harness.runOnce() == 0)

            let entries = Dictionary(uniqueKeysWithValues: harness.entries().map { ($0.sourceName, $0) })
            let filedBudget = try #require(entries["budget.pdf"])
            let filedAccounts = try #require(entries["accounts.pdf"])
            #expect(filedBudget.kind == DocumentKind.budget.rawValue)
            #expect(filedAccounts.kind == DocumentKind.finalAccounts.rawValue)
            #expect(filedBudget.json.hasPrefix("2026/上海市普陀区司法局/budget/"))
            #expect(filedAccounts.json.contains("/final_accounts/"))
        }
    }
}
