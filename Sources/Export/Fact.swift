/// One row of the export: a figure of a record, a figure of a self-evaluation form's fields, or a cell of a
/// generic grid, with the document, table and record it belongs to.
public struct Fact: Sendable, Hashable {
    /// Where in the table the fact was read.
    public enum Source: Sendable, Hashable {
        /// A key of a record.
        case record
        /// A field of a self-evaluation form (绩效自评表).
        case field
        /// A cell of a generic grid.
        case cell
    }

    public var source: Source
    public var document: DocumentColumns
    public var table: TableColumns
    /// 1-based position of the record in its table, or the row of a grid cell; nil for a form's field.
    public var record: Int?
    public var identity: RecordIdentity
    /// The record key (`total`, `amount`, `budget` …), the field key, or a grid cell's 1-based column.
    public var column: String
    /// The figure as an exact decimal (`2697.6`, `96.84`, `3`); nil for a cell or a text.
    public var value: String?
    /// A grid cell's text as printed, or a text the record holds where figures go.
    public var text: String?
}

/// The columns that say which document a fact is from.
public struct DocumentColumns: Sendable, Hashable {
    public var sha256: String
    public var sourceName: String
    public var department: String?
    public var year: Int?
    public var kind: String?
    public var family: String
    public var status: String
}

/// The columns that say which table a fact is from.
public struct TableColumns: Sendable, Hashable {
    /// 1-based position of the table in its document (a document may hold several tables of one id).
    public var position: Int
    public var id: String
    public var number: String?
    public var title: String
    /// The amount unit: the document's (record model v1 gives the unit per document).
    public var unit: String?
    public var pages: [Int]
}

/// What names a record: the record-model keys that identify it rather than measure it.
public struct RecordIdentity: Sendable, Hashable {
    public var code: String?
    public var name: String?
    public var item: String?
    public var side: String?
    public var category: String?
    /// 行次, where printed.
    public var line: Int?

    /// The record keys that identify a record; every other key holds a figure.
    public static let keys: Set<String> = ["code", "name", "item", "side", "category", "line"]
}
