/// One JSON document per source PDF: record model v1 (`shared/spec/record-model.md`).
///
/// Fields may be added, never renamed or dropped, without bumping `schemaVersion`.
public struct ArchiveDocument: Sendable, Hashable, Codable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var document: DocumentInfo
    public var tables: [Table]
    public var checks: [Check]
    /// Sections of prose and the figures quoted there, where parsed.
    public var narrative: Narrative?
    /// The printed figures of the recognised tables' pages that went to no record, no `extra` and no grid, and
    /// are no page furniture: what keeps the document from `ok`.
    public var unreadFigures: [PrintedFigure]
    public var warnings: [String]

    public init(
        document: DocumentInfo, tables: [Table] = [], checks: [Check] = [],
        narrative: Narrative? = nil, unreadFigures: [PrintedFigure] = [], warnings: [String] = []
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.document = document
        self.tables = tables
        self.checks = checks
        self.narrative = narrative
        self.unreadFigures = unreadFigures
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", document, tables, checks, narrative
        case unreadFigures = "unread_figures", warnings
    }

    /// Reads a document; the parts a ground-truth file leaves out (`schema_version`, `checks`, `unread_figures`,
    /// `warnings`, and see `DocumentInfo` and `Table`) may be missing and read as empty. A full document reads as
    /// written.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? Self.currentSchemaVersion
        document = try c.decode(DocumentInfo.self, forKey: .document)
        tables = try c.decode([Table].self, forKey: .tables)
        checks = try c.decodeIfPresent([Check].self, forKey: .checks) ?? []
        narrative = try c.decodeIfPresent(Narrative.self, forKey: .narrative)
        unreadFigures = try c.decodeIfPresent([PrintedFigure].self, forKey: .unreadFigures) ?? []
        warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
    }
}

/// The document-level metadata.
public struct DocumentInfo: Sendable, Hashable, Codable {
    /// Hex SHA-256 of the PDF bytes: same bytes, same document.
    public var sha256: String
    /// The file name as dropped, without folders.
    public var sourceName: String
    public var pages: Int
    /// Full department name as printed, whitespace removed (部门 / 单位).
    public var department: String?
    /// The fiscal year reported on (年度).
    public var year: Int?
    /// Amount unit of the tables (金额单位), e.g. 万元.
    public var unit: String?
    /// 决算 or 预算: what the report says it is; nil for a PDF that is neither (a notice, a letter).
    public var kind: DocumentKind?
    public var family: Family
    public var status: Status
    /// The PDF's /Producer, where given.
    public var producer: String?

    public init(
        sha256: String, sourceName: String, pages: Int, department: String? = nil, year: Int? = nil,
        unit: String? = nil, kind: DocumentKind? = .finalAccounts, family: Family = .unknown,
        status: Status = .unrecognized, producer: String? = nil
    ) {
        self.sha256 = sha256
        self.sourceName = sourceName
        self.pages = pages
        self.department = department
        self.year = year
        self.unit = unit
        self.kind = kind
        self.family = family
        self.status = status
        self.producer = producer
    }

    enum CodingKeys: String, CodingKey {
        case sha256, sourceName = "source_name", pages, department, year, unit, kind, family, status, producer
    }

    /// Reads the metadata; a ground-truth file may leave out `sha256`, `pages`, `family` and `status`; a document
    /// with no `kind` is no report (a notice, a letter).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sha256 = try c.decodeIfPresent(String.self, forKey: .sha256) ?? ""
        sourceName = try c.decode(String.self, forKey: .sourceName)
        pages = try c.decodeIfPresent(Int.self, forKey: .pages) ?? 0
        department = try c.decodeIfPresent(String.self, forKey: .department)
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        kind = try c.decodeIfPresent(DocumentKind.self, forKey: .kind)
        family = try c.decodeIfPresent(Family.self, forKey: .family) ?? .unknown
        status = try c.decodeIfPresent(Status.self, forKey: .status) ?? .ok
        producer = try c.decodeIfPresent(String.self, forKey: .producer)
    }
}

/// What a report is: the final accounts of a year (决算) or its budget (预算).
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 部门决算 / 单位决算.
    case finalAccounts = "final_accounts"
    /// 部门预算 / 单位预算.
    case budget
}

/// The layout family of a report.
public enum Family: String, Sendable, Hashable, Codable, CaseIterable {
    case liaoning, shanxi, shanghai
    /// The core set of budget tables the Ministry of Finance set for central departments, printed by most
    /// provinces, cities and central departments under short titles (收支总表, 部门收入总体情况表 …).
    case national
    case unknown
}

/// How far a document can be trusted, by the evidence the engine has: what a user filters on.
public enum Status: String, Sendable, Hashable, Codable {
    /// A known family, every recognised table read (every printed figure on its pages accounted for), every check
    /// passes.
    case ok
    /// Every printed figure read, but a check fails (a misreading, or the print's own inconsistency: the failed
    /// checks say which).
    case review
    /// Printed figures left unread, or a table kept only as a generic grid because it could not be read.
    case partial
    /// Not a known family: metadata as found, tables as generic grids.
    case unrecognized
}
