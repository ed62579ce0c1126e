public import FoundationEssentials

/// One line of `index.jsonl`: what became of one file taken from the inbox.
public struct IndexEntry: Sendable, Hashable, Codable {
    /// What became of the file.
    public enum Status: String, Sendable, Hashable, Codable {
        case ok, review, partial, unrecognized, duplicate, rejected

        /// Whether the file was archived as a document (and so makes later copies duplicates).
        public var isArchived: Bool {
            switch self {
            case .ok, .review, .partial, .unrecognized: true
            case .duplicate, .rejected: false
            }
        }
    }

    /// The file name as dropped, without folders.
    public var sourceName: String
    public var sha256: String
    public var status: Status
    /// The record-model document (or, for a rejected file, its error note), relative to the archive.
    public var json: String
    /// The PDF as archived (or the rejected file as kept), relative to the archive.
    public var pdf: String
    /// For rejected and duplicate files: what is wrong and what to do.
    public var reason: String?
    public var department: String?
    public var year: Int?
    /// For archived documents (and their duplicates): `final_accounts` or `budget`. Lines written before this
    /// field was added have none; these fields are optional when read.
    public var kind: String?
    /// For archived documents (and their duplicates): the tables the document holds.
    public var tables: Int?
    /// For archived documents (and their duplicates): the checks that failed.
    public var failedChecks: Int?
    /// For archived documents (and their duplicates): the printed figures the self-census found unread.
    public var unreadFigures: Int?
    /// When the outcome became durable (ISO 8601, UTC).
    public var time: String
    /// The claim this line closes: lets recovery finish a file exactly once.
    public var claim: String

    public init(
        sourceName: String, sha256: String, status: Status, json: String, pdf: String, reason: String? = nil,
        department: String? = nil, year: Int? = nil, kind: String? = nil, tables: Int? = nil,
        failedChecks: Int? = nil, unreadFigures: Int? = nil, time: Date = Date(), claim: String
    ) {
        self.sourceName = sourceName
        self.sha256 = sha256
        self.status = status
        self.json = json
        self.pdf = pdf
        self.reason = reason
        self.department = department
        self.year = year
        self.kind = kind
        self.tables = tables
        self.failedChecks = failedChecks
        self.unreadFigures = unreadFigures
        self.time = time.formatted(.iso8601)
        self.claim = claim
    }

    enum CodingKeys: String, CodingKey {
        case sourceName = "source_name", sha256, status, json, pdf, reason, department, year, kind, tables
        case failedChecks = "failed_checks", unreadFigures = "unread_figures", time, claim
    }

    /// The entry as one line of JSON, newline included.
    public func line() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
