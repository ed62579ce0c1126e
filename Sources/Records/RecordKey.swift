/// A key of a record in record model v1: the one vocabulary Tables fills and Checks reads. The layout
/// catalogue (`layouts.json`) is checked against it when it loads, and a test checks that every key here is one
/// the catalogue gives. Adding a key: one case here and its name in its tables' `recordKeys`.
public enum RecordKey: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    // Rows.
    case code, name, item, side, line, category
    // Amounts of the summary, income and expenditure tables.
    case amount, total, basic, project, value
    case fiscalAppropriation = "fiscal_appropriation"
    case superiorSubsidy = "superior_subsidy"
    case business, operating
    case affiliatedRemittance = "affiliated_remittance"
    case other
    case remitToSuperior = "remit_to_superior"
    case subsidyToAffiliates = "subsidy_to_affiliates"
    case generalBudget = "general_budget"
    case governmentFund = "government_fund"
    case stateCapital = "state_capital"
    case openingBalance = "opening_balance"
    case income
    case closingBalance = "closing_balance"
    // Measures of the 三公 table.
    case budget, actual
    // Budgets: 人员经费 / 公用经费 beside 合计 (基本支出 table, a 单位预算's summary).
    case personnel, `public`
    // Budgets of the national core set: more income sources, the prior year's 三公 budget, rows per budget unit.
    case carryover
    case specialAccount = "special_account"
    case educationFees = "education_fees"
    case nonFiscalBalanceUsed = "non_fiscal_balance_used"
    case priorBudget = "prior_budget"
    case unit
    case unitCode = "unit_code"
    /// Printed figures in columns the record model does not name, keyed by their printed header.
    case extra

    /// The key as the record model writes it.
    public var description: String { rawValue }
}

extension TableKind {
    /// The keys of the table's records (`record-model.md`, canonical tables and their record keys).
    public var recordKeys: Set<RecordKey> {
        switch self {
        case .incomeExpenditureSummary: [.side, .item, .line, .amount, .personnel, .public, .project]
        case .fiscalAppropriationSummary:
            [.side, .item, .line, .amount, .total, .generalBudget, .governmentFund, .stateCapital]
        case .income:
            [
                .unit, .unitCode, .code, .name, .total, .carryover, .fiscalAppropriation, .generalBudget,
                .governmentFund,
                .stateCapital, .specialAccount, .business, .educationFees, .superiorSubsidy, .operating,
                .affiliatedRemittance, .other, .nonFiscalBalanceUsed,
            ]
        case .expenditure:
            [
                .unit, .unitCode, .code, .name, .total, .basic, .personnel, .public, .project, .remitToSuperior,
                .operating, .subsidyToAffiliates,
            ]
        case .generalBudgetExpenditure, .stateCapital:
            [.unit, .unitCode, .code, .name, .total, .basic, .personnel, .public, .project]
        case .basicExpenditure: [.unit, .unitCode, .category, .code, .name, .amount, .personnel, .public]
        case .threePublicExpenses: [.unit, .unitCode, .item, .budget, .actual, .priorBudget]
        case .governmentFund:
            [
                .unit, .unitCode, .code, .name, .openingBalance, .income, .total, .basic, .personnel, .public,
                .project, .closingBalance,
            ]
        case .disclosureStatistics: [.line, .item, .value]
        case .departmentPerformance, .projectPerformance, .unknown: []
        }
    }
}

/// The side of a summary table a record is printed on (`side`): 收入 left, 支出 right.
public enum Side: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case income, expenditure

    public var description: String { rawValue }
}

/// What a 基本支出 row is spent on (`category`): 人员经费 or 公用经费.
public enum ExpenseCategory: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case personnel
    case publicCosts = "public"

    public var description: String { rawValue }
}

/// The items of the 三公 table (`item`), the 合计 first.
public enum ThreePublicItem: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case total
    case overseasTravel = "overseas_travel"
    case officialReception = "official_reception"
    case vehicles
    case vehiclePurchase = "vehicle_purchase"
    case vehicleOperation = "vehicle_operation"
    /// 会议费 and 培训费 (the provincial “三公”经费及会议费、培训费 table), 机关运行经费 (budgets).
    case meetings, training
    case agencyOperation = "agency_operation"

    /// The six items every 三公 table prints.
    public static let standard: [ThreePublicItem] = [
        .total, .overseasTravel, .officialReception, .vehicles, .vehiclePurchase, .vehicleOperation,
    ]
    /// Items some tables print beside the six, recorded only where printed.
    public static let additional: [ThreePublicItem] = [.meetings, .training, .agencyOperation]

    public var description: String { rawValue }
}

extension Dictionary where Key == String, Value == Records.Value {
    /// The value under a record key.
    public subscript(key: RecordKey) -> Records.Value? {
        get { self[key.rawValue] }
        set { self[key.rawValue] = newValue }
    }
}
