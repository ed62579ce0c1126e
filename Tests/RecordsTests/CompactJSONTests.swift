import Foundation
@testable import Records
import Testing

/// The hand-written compact JSON is byte for byte what `JSONEncoder` writes with sorted keys and unescaped slashes.
@Suite struct CompactJSONTests {
    /// What `jsonData()` wrote before it was written by hand.
    private func encoderBytes(_ document: ArchiveDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }

    /// Every field set, strings needing every escape, keys whose sorted order is no `String` order.
    private var full: ArchiveDocument {
        let info = DocumentInfo(
            sha256: String(repeating: "ab", count: 32), sourceName: "a/b \"c\" \\ 决算.pdf", pages: 12,
            department: "某某局", year: 2024, unit: "万元", kind: .budget, family: .national,
            status: .partial, producer: "Microsoft® Word\u{0}\u{1}\u{1F}\t\n\r\u{8}\u{C}\u{7F}\u{2028}")
        let record: Record = [
            "code": "201", "name": .text("一般公共服务支出（合计）"), "total": .number(Decimal(string: "2697.60")!),
            "basic": .number(Decimal(string: "-0.50")!), "A": .number(Decimal(string: "12345678901234567890.123")!),
            "extra": .figures([
                "２０": 1, "20": Decimal(string: "1e3")!, "\u{F90A}": 3, "\u{91D2}": 4, "\u{20000}": 5, "a_b": 6, "ab": 7,
                "B": 0,
            ]),
        ]
        let table = Table(
            id: .threePublicExpenses, number: "公开07表", title: "\"三公\"经费", pages: [3, 4], unit: "元",
            empty: false, records: [record, [:]], fields: ["项目名称": "x", "总分": .number(95)],
            rows: [["a", "b/c"], []])
        let grid = Table(id: .unknown, title: "表", pages: [], empty: true)
        let checks = [
            Check(
                rule: "row_total", table: .income, ok: false, expected: 1, found: Decimal(string: "0.99")!,
                tolerance: Decimal(string: "0.01")!, detail: "第1行"),
            Check(rule: "children_sum", table: .expenditure, ok: true, detail: ""),
        ]
        let narrative = Narrative(figures: [
            NarrativeFigure(
                kind: "total_expenditure", value: Decimal(string: "12.30")!,
                unit: "万元", sentence: "支出12.30万元。", page: 2)
        ])
        return ArchiveDocument(
            document: info, tables: [table, grid], checks: checks, narrative: narrative,
            unreadFigures: [PrintedFigure(table: .income, page: 3, text: "2,697.60")],
            warnings: ["page 1: x", "y"])
    }

    @Test("a document with every field gives the encoder's bytes")
    func fullDocument() throws {
        #expect(try full.jsonData() == encoderBytes(full))
    }

    @Test("decimals are written as their description: sums, products, negatives, wide and tiny ones")
    func decimals() {
        var generator = SystemRandomNumberGenerator()
        var values: [Decimal] = [
            0, .nan, Decimal(string: "0.00")!, Decimal(string: "-0.5")!, Decimal(string: "1e3")!,
            Decimal(string: "123456789012345678901234567890.5")!, Decimal(UInt64.max), -Decimal(UInt64.max),
        ]
        for index in 0..<50_000 {
            let mantissa =
                index % 3 == 0
                ? UInt64.random(in: 0...UInt64.max, using: &generator)
                : UInt64.random(in: 0...1_000_000_000, using: &generator)
            var value = Decimal(
                sign: index % 5 == 0 ? .minus : .plus, exponent: Int.random(in: -25...10, using: &generator),
                significand: Decimal(mantissa))
            if index % 7 == 0 { value += Decimal(string: "0.01")! }
            if index % 11 == 0 { value *= Decimal(string: "1.10")! }
            values.append(value)
        }
        for value in values {
            var bytes: [UInt8] = []
            DecimalDescription.append(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == value.description)
        }
    }

    @Test("a document with every optional left out gives the encoder's bytes")
    func sparseDocument() throws {
        let document = ArchiveDocument(document: DocumentInfo(sha256: "", sourceName: "x.pdf", pages: 0, kind: nil))
        #expect(try document.jsonData() == encoderBytes(document))
    }

    @Test("every stored property of the record model is one CompactJSON writes")
    func everyPropertyIsWritten() throws {
        let document = full
        let written: [(Any, [String])] = [
            (document, ["schemaVersion", "document", "tables", "checks", "narrative", "unreadFigures", "warnings"]),
            (
                document.document,
                [
                    "sha256", "sourceName", "pages", "department", "year", "unit", "kind", "family",
                    "status", "producer",
                ]
            ),
            (document.tables[0], ["id", "number", "title", "pages", "unit", "empty", "records", "fields", "rows"]),
            (document.checks[0], ["rule", "table", "ok", "expected", "found", "tolerance", "detail"]),
            (try #require(document.narrative), ["figures"]),
            (try #require(document.narrative?.figures.first), ["kind", "value", "unit", "sentence", "page"]),
            (document.unreadFigures[0], ["table", "page", "text"]),
        ]
        for (value, properties) in written {
            #expect(Mirror(reflecting: value).children.map(\.label) == properties, "\(type(of: value))")
        }
    }
}
