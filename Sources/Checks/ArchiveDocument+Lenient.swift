public import Foundation
public import Records

extension ArchiveDocument {
    /// Reads a record-model document in which the fields a ground-truth file leaves out (`sha256`, `pages` of
    /// the document and of its tables, `checks`, `warnings`, `narrative`) may be missing: they become empty. A full document reads as it is.
    public init(lenientJSON data: Data) throws {
        let partial = try JSONDecoder().decode(PartialDocument.self, from: data)
        let info = partial.document
        self.init(
            document: DocumentInfo(sha256: info.sha256 ?? "", sourceName: info.sourceName, pages: info.pages ?? 0,
                                   department: info.department, year: info.year, unit: info.unit,
                                   family: info.family ?? .unknown, status: info.status ?? .ok,
                                   producer: info.producer),
            tables: partial.tables.map(\.table), checks: partial.checks ?? [], narrative: partial.narrative,
            warnings: partial.warnings ?? [])
    }
}

/// A record-model document with the optional parts of a ground-truth file optional.
private struct PartialDocument: Decodable {
    struct Info: Decodable {
        var sha256: String?
        var sourceName: String
        var pages: Int?
        var department: String?
        var year: Int?
        var unit: String?
        var family: Family?
        var status: Status?
        var producer: String?

        enum CodingKeys: String, CodingKey {
            case sha256, sourceName = "source_name", pages, department, year, unit, family, status, producer
        }
    }

    struct PartialTable: Decodable {
        var id: TableKind
        var number: String?
        var title: String
        var pages: [Int]?
        var empty: Bool?
        var records: [Record]?
        var fields: [String: Value]?
        var rows: [[String]]?

        var table: Table {
            Table(id: id, number: number, title: title, pages: pages ?? [], empty: empty ?? false,
                  records: records ?? [], fields: fields, rows: rows)
        }
    }

    var document: Info
    var tables: [PartialTable]
    var checks: [Check]?
    var narrative: Narrative?
    var warnings: [String]?
}
