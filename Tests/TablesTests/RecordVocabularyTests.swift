import Records
@testable import Tables
import Testing

/// Tables and Checks name record keys through one vocabulary (`RecordKey`, `TableKind.recordKeys`); Checks can
/// name no other key. The layout catalogue is checked against the vocabulary both ways: a key it gives that the
/// vocabulary lacks fails, and so does a key of the vocabulary (so any key Checks reads) that it does not give.
@Suite struct RecordVocabularyTests {
    /// The keys the record builders add to every record of a shape, besides the columns' keys.
    private func shapeKeys(_ shape: TableLayout.Shape) -> Set<RecordKey> {
        switch shape {
        case .sides: [.side]
        case .groups: [.category]
        case .threePublic: [.priorBudget]
        case .coded, .statistics, .performance: []
        }
    }

    @Test func everyKeyOfATableIsOneItsLayoutGives() {
        for layout in LayoutCatalogue.standard.tables {
            let given = Set(LayoutCatalogue.recordKeys(of: layout).map(\.key)).union(shapeKeys(layout.shape))
                .subtracting([.extra])
            #expect(layout.kind.recordKeys == given, "\(layout.kind.rawValue)")
        }
    }

    @Test func everyKeyIsSomeTablesKey() {
        let used = Set(TableKind.allCases.flatMap(\.recordKeys))
        // `extra` holds the figures of columns no layout names, in any table.
        #expect(Set(RecordKey.allCases).subtracting(used) == [.extra])
    }

    @Test func aLayoutKeyOutsideTheVocabularyIsFound() throws {
        var catalogue = LayoutCatalogue.standard
        #expect(catalogue.keysOutsideVocabulary.isEmpty)
        let income = try #require(catalogue.tables.firstIndex { $0.kind == .income })
        catalogue.tables[income].columns[5].key = .record(.basic)
        #expect(catalogue.keysOutsideVocabulary == ["income.basic"])
    }

    @Test func aLayoutNamingNoKeyAtAllDoesNotLoad() throws {
        let column = try LayoutJSON.parse(Array(#"{"key": "totl", "value": "amount", "headers": ["合计"]}"#.utf8))
        #expect(throws: LayoutJSON.Failure.self) { try ColumnRule(json: column, at: "column") }
    }

    @Test func theThreePublicTotalColumnIsAnItem() throws {
        let layout = try #require(LayoutCatalogue.standard.tables.first { $0.kind == .threePublicExpenses })
        #expect(layout.columns.contains { $0.key == .threePublicItem(.total) })
        #expect(!layout.columns.contains { $0.key == .record(.total) })
    }
}
