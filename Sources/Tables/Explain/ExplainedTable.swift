public import PageModel
public import Records

/// One known table's region on an explained page: where it was found, the rules that framed it, its columns, the
/// rows its body was read into and the column each body word went to. Rule names are the engine's own
/// (`HeaderEndRule`, `ContinuationRule`, `RowJoinRule`, `ColumnAssignmentRule`).
public struct ExplainedTable: Sendable {
    /// The record model's id of the table (`income`, `basic_expenditure`, …).
    public var id: TableKind
    /// The printed 公开NN表 number, where printed.
    public var number: String?
    public var title: String
    /// A self-evaluation form (绩效自评表), read for its fields rather than by columns.
    public var isForm: Bool
    /// Every page the table spans, this one among them.
    public var pages: [Int]
    /// The `HeaderEndRule` that ended the header on this page; nil when no body was found here.
    public var headerEnd: String?
    /// The `ContinuationRule` that carried the table onto this page; nil on the page it starts on.
    public var continuedBy: String?
    /// Whether the columns were read from a header printed on an earlier page (no header of its own here).
    public var headerCarried: Bool
    /// Around the region's lines on this page (meta lines, header, body and notes); nil when it has none here.
    public var box: Box?
    /// The header lines on this page.
    public var header: [Line]
    /// The note lines (注：, 说明：) that closed the table on this page.
    public var notes: [Line]
    public var columns: [ExplainedColumn]
    /// Rows with a word on this page, in the order the engine made them (side by side, group by group).
    public var rows: [ExplainedRow]
    /// Every word of the body on this page, in reading order.
    public var words: [WordDecision]
}

/// A column of a known table: the record key its cells fill and the header cell whose middle is its anchor.
public struct ExplainedColumn: Sendable, Hashable {
    /// The layout's name of the key (`code`, `name`, `total`, `code_class`, an item of the 三公 table).
    public var key: String
    /// The header text as printed, whitespace removed.
    public var header: String
    /// The x of the anchor: the middle of the header cell.
    public var anchor: Double
    public var headerBox: Box
    /// What its cells hold: `text`, `code`, `integer` (行次) or `amount`.
    public var kind: String { value.rawValue }
    /// The same, typed.
    var value: ColumnRule.ValueKind
    /// 0-based side (收入, 支出) or column group, left to right.
    public var group: Int
    /// 预算数 / 决算数, for the 三公 table's wide forms.
    public var measure: String?
}

/// One row the engine made of the body, as it lies on this page.
public struct ExplainedRow: Sendable, Hashable {
    /// 1-based, over the rows of the table on this page.
    public var number: Int
    /// The side or column group it was read for; nil where the table reads all columns at once.
    public var group: Int?
    /// From the left of its columns' words to their right, from its top word to its bottom one (on this page).
    public var band: Box
    /// The `RowJoinRule` that placed each of its lines, in the order they joined.
    public var rules: [String]
}

/// What became of one body word: the column it went to, by which `ColumnAssignmentRule`, and its row.
public struct WordDecision: Sendable, Hashable {
    public var word: Word
    /// Index into the table's `columns`; nil when the word is under none.
    public var column: Int?
    public var rule: String?
    /// The `number` of its row; nil when no row took it.
    public var row: Int?
}

/// A printed number on the page that went to no record: why it was left unread.
public struct UnreadFigure: Sendable, Hashable {
    public var word: Word
    /// Index into the page's `tables`, when it stands in one's region.
    public var table: Int?
    /// Whether it stands outside every known table but a generic grid (`id: unknown`) keeps its text.
    public var keptInGrid = false
    public var reason: String
}
