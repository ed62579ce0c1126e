public import FoundationEssentials
public import Records

/// What the archive and the log need of an extractor's record-model document: where it is filed and how it
/// fared. Read from the child's JSON without building its tables and checks: decoding the whole document
/// took more of the daemon's CPU per file than anything but hashing.
public struct DocumentSummary: Sendable, Hashable, Decodable {
    public var department: String?
    public var year: Int?
    public var status: Status
    /// 决算 or 预算; nil for a PDF that is no report (a notice, a letter).
    public var kind: DocumentKind?
    /// Tables the document holds.
    public var tables: Int
    /// Checks that failed.
    public var failedChecks: Int
    /// Printed figures the self-census found unread (none in documents extracted before it was taken).
    public var unreadFigures: Int

    /// Reads the summary of a record-model document; throws when `jsonData` is not one.
    public init(jsonData: Data) throws {
        self = try JSONDecoder().decode(Self.self, from: jsonData)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let info = try container.nestedContainer(keyedBy: Key.self, forKey: .document)
        department = try info.decodeIfPresent(String.self, forKey: .department)
        year = try info.decodeIfPresent(Int.self, forKey: .year)
        status = try info.decode(Status.self, forKey: .status)
        kind = try info.decodeIfPresent(DocumentKind.self, forKey: .kind)
        tables = try container.decode([Unread].self, forKey: .tables).count
        failedChecks = try container.decode([CheckResult].self, forKey: .checks).count { !$0.ok }
        unreadFigures = try container.decodeIfPresent([Unread].self, forKey: .unreadFigures)?.count ?? 0
    }

    private enum Key: String, CodingKey {
        case document, department, year, status, kind, tables, checks, ok, unreadFigures = "unread_figures"
    }

    /// An array element counted, not read.
    private struct Unread: Decodable {
        init(from decoder: any Decoder) {}
    }

    private struct CheckResult: Decodable {
        var ok: Bool
    }
}
