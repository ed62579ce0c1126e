@testable import Checks
import Records
import Testing

/// The keys the checks read of each table are keys of that table in the record vocabulary (which the layout
/// catalogue is checked against: `RecordVocabularyTests`).
@Suite struct CheckedKeysTests {
    @Test func theHierarchyChecksReadKeysOfTheirTables() {
        for layout in FunctionalTableLayout.all {
            let read = Set(layout.columns + layout.identities.flatMap(\.columns).compactMap(RecordKey.init(rawValue:)))
            #expect(read.isSubset(of: layout.table.recordKeys), "\(layout.table.rawValue)")
            #expect(layout.identities.flatMap(\.columns).allSatisfy { RecordKey(rawValue: $0) != nil })
        }
    }

    @Test func theSummaryChecksReadKeysOfTheirTables() {
        for table in [TableKind.incomeExpenditureSummary, .fiscalAppropriationSummary] {
            for side in Side.allCases {
                #expect(Set(SummaryChecks.columns(of: table, side: side)).isSubset(of: table.recordKeys))
            }
        }
        #expect(
            Set(FiscalCrossChecks.budgets.map(\.column)).isSubset(of: TableKind.fiscalAppropriationSummary.recordKeys))
        #expect(Set(SummaryCrossChecks.incomeSources.map(\.column)).isSubset(of: TableKind.income.recordKeys))
    }
}
