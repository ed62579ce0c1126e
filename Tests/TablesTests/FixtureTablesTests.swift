import Foundation
import Pipeline
import Records
import Testing
import TestSupport

/// Every table kind read from real PDFs through real poppler, compared record by record with the ground
/// truth printed beside each fixture (Liaoning: Calc and Chromium; Shanxi: Calc; Shanghai: Word).
@Suite(.readsPDFs) struct FixtureTablesTests {
    static let fixtures = [
        "liaoning-chaoyang-zhengfuban-2024.calc", "liaoning-chaoyang-zhengfuban-2024.chromium",
        "shanxi-yangcheng-zhengfuban-2024.calc", "sh-putuo-guihuaziranziyuanju-2024-bumenjuesuan",
    ]

    /// The truth file beside a fixture: a record-model document without the fields only extraction knows.
    struct Truth: Decodable {
        struct Document: Decodable {
            var department: String
            var year: Int
            var unit: String
            var family: Family
        }

        struct TruthTable: Decodable {
            var id: TableKind
            var empty: Bool?
            var records: [Record]
            var fields: [String: Value]?
        }

        var document: Document
        var tables: [TruthTable]
    }

    @Test(arguments: fixtures)
    func tablesMatchTheTruth(_ name: String) throws {
        let document = try Extraction().extract(contentsOf: Corpus.fixture("corpus/\(name).pdf"))
        #expect(try SchemaValidation.errors(in: document.jsonData()) == [])
        let truth = try JSONDecoder().decode(
            Truth.self, from: Data(contentsOf: Corpus.fixture("corpus/\(name).truth.json")))
        #expect(document.document.department == truth.document.department)
        #expect(document.document.year == truth.document.year)
        #expect(document.document.unit == truth.document.unit)
        #expect(document.document.family == truth.document.family)
        // Every figure read: ok, or review where a check fails (the Shanghai report prints classes 0.01 apart
        // from their 合计 in the summary: its truth fails the same checks).
        #expect(document.unreadFigures.isEmpty)
        #expect(document.document.status == (document.checks.allSatisfy(\.ok) ? .ok : .review))
        for kind in Set(truth.tables.map(\.id)) where kind != .projectPerformance && kind != .departmentPerformance {
            let expected = truth.tables.filter { $0.id == kind }
            let found = document.tables.filter { $0.id == kind }
            try #require(found.count == expected.count, "\(name): \(kind.rawValue) found \(found.count) times")
            for (table, truthTable) in zip(found, expected) {
                #expect(table.empty == (truthTable.empty ?? false), "\(name): \(kind.rawValue) empty")
                #expect(table.records.count == truthTable.records.count, "\(name): \(kind.rawValue) record count")
                // Order differs between truth files (sides interleaved or not, 合计 rows first or last):
                // every truth record must agree with its own output record.
                var unused = table.records
                for truthRecord in truthTable.records {
                    let index = unused.firstIndex { Self.agree($0, truthRecord) }
                    #expect(index != nil, "\(name): \(kind.rawValue) has no record agreeing with \(truthRecord)")
                    if let index { unused.remove(at: index) }
                }
            }
        }
    }

    /// Equal, except that a code clipped in print (`3010`) may have been completed from the catalogue (`30101`)
    /// and a name clipped in print completed the same way.
    static func agree(_ output: Record, _ truth: Record) -> Bool {
        guard Set(output.keys) == Set(truth.keys) else { return false }
        return truth.allSatisfy { key, value in
            guard let out = output[key] else { return false }
            switch (key, value, out) {
            case ("code", .text(let printed), .text(let full)): return full.hasPrefix(printed)
            case ("name", .text(let printed), .text(let full)): return full.hasPrefix(printed)
            default: return out == value
            }
        }
    }
}
