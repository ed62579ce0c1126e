public import FoundationEssentials

/// The result of one validation rule on one table (or across tables).
public struct Check: Sendable, Hashable, Codable {
    /// The rule's stable name, e.g. `children_sum`, `row_total`, `cross_income_total`.
    public var rule: String
    /// The table the check is about (the first, for cross-table rules).
    public var table: TableKind
    public var ok: Bool
    public var expected: Decimal?
    public var found: Decimal?
    /// The rounding tolerance used (尾数误差), in the table's unit.
    public var tolerance: Decimal?
    /// A sentence a person can read: what was compared, where.
    public var detail: String

    public init(
        rule: String, table: TableKind, ok: Bool, expected: Decimal? = nil, found: Decimal? = nil,
        tolerance: Decimal? = nil, detail: String
    ) {
        self.rule = rule
        self.table = table
        self.ok = ok
        self.expected = expected
        self.found = found
        self.tolerance = tolerance
        self.detail = detail
    }
}

/// Prose sections (情况说明) and the figures quoted in them.
public struct Narrative: Sendable, Hashable, Codable {
    public var figures: [NarrativeFigure]

    public init(figures: [NarrativeFigure]) {
        self.figures = figures
    }
}

/// A figure quoted in the prose, with the sentence it was read from.
public struct NarrativeFigure: Sendable, Hashable, Codable {
    /// What the figure is, e.g. `total_expenditure`, `three_public_total`, `vehicle_count`.
    public var kind: String
    public var value: Decimal
    /// The unit as printed: 万元, 元, %, 辆 …
    public var unit: String
    public var sentence: String
    public var page: Int

    public init(kind: String, value: Decimal, unit: String, sentence: String, page: Int) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.sentence = sentence
        self.page = page
    }
}
