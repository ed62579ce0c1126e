public import PageModel
public import Records

/// Department, year and amount unit of a report, read from its cover and its tables' meta lines.
public struct DocumentMetadata: Sendable, Hashable {
    /// Full department name as printed, whitespace removed.
    public var department: String?
    /// The fiscal year reported on.
    public var year: Int?
    /// The amount unit of the tables, e.g. 万元.
    public var unit: String?
    /// 决算 or 预算, by what the report says of itself (see `DocumentKindMarkers`); nil for a PDF that names
    /// neither (a notice, a letter: no report).
    public var kind: DocumentKind?

    public init(department: String? = nil, year: Int? = nil, unit: String? = nil, kind: DocumentKind? = .finalAccounts)
    {
        self.department = department
        self.year = year
        self.unit = unit
        self.kind = kind
    }

    /// Reads the metadata of `pages`; `tableVotes` count for a kind beside the report's own words (tables found
    /// by titles that only one kind prints).
    public init(pages: [Page], settings: SegmentationSettings = .standard, tableVotes: [DocumentKind: Int] = [:]) {
        let texts = pages.flatMap { page in page.lines.map(\.compactText) }
        let lines = texts.map(MetaLine.init(text:))
        let fromTables = Self.mostCommon(lines.compactMap(\.department))
        let cover = pages.first.flatMap { CoverReading(page: $0, settings: settings) }
        department = CoverReading.prefer(cover?.department, over: fromTables)
        year = cover?.year ?? Self.mostCommon(lines.compactMap(\.year))
        unit = Self.mostCommon(lines.compactMap(\.unit))
        kind = DocumentKindMarkers.kind(ofLines: texts, tableVotes: tableVotes)
    }

    static func mostCommon<T: Hashable>(_ values: [T]) -> T? {
        var counts: [T: Int] = [:]
        var order: [T] = []
        for value in values {
            if counts[value] == nil { order.append(value) }
            counts[value, default: 0] += 1
        }
        return order.max { counts[$0]! < counts[$1]! }
    }
}

extension DocumentMetadata {
    /// Reads the metadata of `pages` with the tables located in them: the national core set's short titles are
    /// printed by budgets only, so each such table is a vote for `budget`.
    init(pages: [Page], settings: SegmentationSettings, located tables: [FoundTable]) {
        self.init(pages: pages, settings: settings, tableVotes: [.budget: tables.filter(\.isNational).count])
    }
}
