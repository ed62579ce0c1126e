import PrintedText
import Records

/// How a known table is printed: its titles, its header words and the record key each column gives.
/// The catalogue of layouts is data (`Layouts/layouts.json`); this file only describes its shape.
struct TableLayout: Sendable {
    /// How the rows of a table become records.
    enum Shape: String, Sendable {
        /// 功能分类 code + name + amount columns, one record per row (收入决算表, 支出决算表 …).
        case coded
        /// Two tables side by side sharing rows: 收入 left, 支出 right (the two 总表).
        case sides
        /// 经济分类 code/name/amount groups printed side by side (基本支出决算表).
        case groups
        /// The six 三公 items, as a list or as one wide row.
        case threePublic
        /// 项目 / 行次 / 统计数 rows (相关信息统计表).
        case statistics
        /// Self-evaluation forms: labelled fields (绩效自评表).
        case performance
    }

    var kind: TableKind
    var titles: [String]
    /// Titles that end with one of these (the project name printed before it) also name this table.
    var titleSuffixes: [String]?
    /// The short titles of the national core set of budget tables (收支总表, 部门收入总体情况表 …): a report that
    /// prints its tables under these is of the `national` family.
    var nationalTitles: [String]?
    var shape: Shape
    var columns: [ColumnRule]
    /// Labelled fields of the performance forms.
    var fields: [FieldRule]?
    /// Names of total rows that carry no code (人员经费合计, 公用经费合计).
    var totalNames: [String]?
}

struct ColumnRule: Sendable {
    /// How a column's cells are read and aligned.
    enum ValueKind: String, Sendable {
        case text, code, integer, amount

        /// Amounts and 行次 numbers are right-aligned; names and codes left-aligned.
        var isRightAligned: Bool { self == .integer || self == .amount }
    }

    var key: ColumnKey
    var value: ValueKind
    var headers: [String]
    /// The header must equal one of `headers` rather than contain it (single characters: 类, 款, 项).
    var exact: Bool?
    /// The key used instead on the 支出 side of a two-sided table.
    var expenditureKey: RecordKey?

    /// Whether a normalised header text names this column.
    func matches(_ header: String) -> Bool {
        if exact == true { return headers.contains(header) }
        return headers.contains { header.includes($0) }
    }
}

/// A qualifier printed above columns: 预算数/决算数 (a measure: `budget`, `actual`), 人员经费/公用经费 (a category).
struct QualifierRule: Sendable {
    var value: RecordKey
    var headers: [String]
}

/// All known layouts, decoded once from the embedded `layouts.json`.
struct LayoutCatalogue: Sendable {
    var totalLabels: [String]
    /// Labels printed over a side or a group of columns (收入, 支出): never a column of their own, however they
    /// stand over the cells below.
    var spanningLabels: [String]
    var measures: [QualifierRule]
    var categories: [QualifierRule]
    /// 经济分类 classes counted as 人员经费 where the layout does not print the groups.
    var personnelClasses: [String]
    /// The 公开NN表 number each tagged family prints for a table, by table id.
    var familyNumbers: [String: [String: String]]
    var tables: [TableLayout]

    /// The layouts of `layouts.json`. Its keys are all in the record vocabulary (RecordVocabularyTests checks
    /// `keysOutsideVocabulary`).
    static let standard: LayoutCatalogue = {
        do {
            return try LayoutCatalogue(json: LayoutJSON.parse(PackageResources.layouts_json))
        } catch {
            preconditionFailure("Layouts/layouts.json does not decode: \(error)")
        }
    }()

    /// The record key each column of a layout fills (`ColumnKey.recordKey`), with the key of the 支出 side
    /// where it differs.
    static func recordKeys(of layout: TableLayout) -> [(column: String, key: RecordKey)] {
        layout.columns.flatMap { rule in
            [(rule.key.description, rule.key.recordKey)] + (rule.expenditureKey.map { [($0.rawValue, $0)] } ?? [])
        }
    }

    /// `table.key` for each column key that is no record key of its table.
    var keysOutsideVocabulary: [String] {
        tables.flatMap { layout in
            Self.recordKeys(of: layout).filter { $0.key != .extra && !layout.kind.recordKeys.contains($0.key) }
                .map { "\(layout.kind.rawValue).\($0.column)" }
        }
    }

    /// Whether a header text is a measure or category printed over columns.
    func isQualifier(_ text: String) -> Bool {
        (measures + categories).contains { rule in rule.headers.contains { text.includes($0) } }
    }
}
