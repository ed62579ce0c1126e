/// One printed table, normalised to the record keys of its canonical id.
public struct Table: Sendable, Hashable, Codable {
    /// A canonical id (`income`, `basic_expenditure`, …) or `unknown` for a generic grid.
    public var id: TableKind
    /// The printed 公开NN表 number, if any.
    public var number: String?
    /// The title as printed.
    public var title: String
    /// 1-based pages the table spans.
    public var pages: [Int]
    /// The amount unit printed over this table (金额单位: 元, 万元), where printed; a budget may print its 三公
    /// table in 万元 beside tables in 元.
    public var unit: String?
    /// Printed with no data (本表无数据, or only an empty 合计 row): `records` is then empty.
    public var empty: Bool
    public var records: [Record]
    /// Identifying fields of the performance tables (项目名称, 预算数, 总分 …).
    public var fields: [String: Value]?
    /// For `unknown` grids: the cell texts as printed, one array per printed row.
    public var rows: [[String]]?

    public init(
        id: TableKind, number: String? = nil, title: String, pages: [Int], unit: String? = nil, empty: Bool = false,
        records: [Record] = [], fields: [String: Value]? = nil, rows: [[String]]? = nil
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.pages = pages
        self.unit = unit
        self.empty = empty
        self.records = records
        self.fields = fields
        self.rows = rows
    }

    /// Reads a table; a ground-truth file may leave out `pages`, `empty` and `records`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(TableKind.self, forKey: .id)
        number = try c.decodeIfPresent(String.self, forKey: .number)
        title = try c.decode(String.self, forKey: .title)
        pages = try c.decodeIfPresent([Int].self, forKey: .pages) ?? []
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        empty = try c.decodeIfPresent(Bool.self, forKey: .empty) ?? false
        records = try c.decodeIfPresent([Record].self, forKey: .records) ?? []
        fields = try c.decodeIfPresent([String: Value].self, forKey: .fields)
        rows = try c.decodeIfPresent([[String]].self, forKey: .rows)
    }

    enum CodingKeys: String, CodingKey {
        case id, number, title, pages, unit, empty, records, fields, rows
    }
}

/// A record: record keys of the table's id mapped to values. Absent (blank, ——) cells have no key.
public typealias Record = [String: Value]

/// The canonical table ids of record model v1.
public enum TableKind: String, Sendable, Hashable, Codable, CaseIterable {
    case incomeExpenditureSummary = "income_expenditure_summary"
    case income
    case expenditure
    case fiscalAppropriationSummary = "fiscal_appropriation_summary"
    case generalBudgetExpenditure = "general_budget_expenditure"
    case basicExpenditure = "basic_expenditure"
    case threePublicExpenses = "three_public_expenses"
    case governmentFund = "government_fund"
    case stateCapital = "state_capital"
    case disclosureStatistics = "disclosure_statistics"
    case departmentPerformance = "department_performance"
    case projectPerformance = "project_performance"
    case unknown
}
