/// What a figure quoted in the prose is (the `kind` of a narrative figure; stable names, API).
///
/// Each kind is recognised by the words printed right before the figure (`labels`, longest match wins) and
/// reconciled with the table figures it can only be (`NarrativeReconciliation`).
public enum NarrativeKind: String, Sendable, Hashable, CaseIterable {
    case incomeTotal = "income_total"
    case expenditureTotal = "expenditure_total"
    case incomeYearTotal = "income_year_total"
    case expenditureYearTotal = "expenditure_year_total"
    case fiscalIncome = "fiscal_income"
    case generalBudgetIncome = "general_budget_income"
    case governmentFundIncome = "government_fund_income"
    case stateCapitalIncome = "state_capital_income"
    case fiscalExpenditure = "fiscal_expenditure"
    case generalBudgetExpenditure = "general_budget_expenditure"
    case basic
    case project
    case personnel
    case publicCosts = "public"
    case threePublicTotal = "three_public_total"
    case overseasTravel = "overseas_travel"
    case officialReception = "official_reception"
    case vehicles
    case vehiclePurchase = "vehicle_purchase"
    case vehicleOperation = "vehicle_operation"
    case procurementTotal = "procurement_total"
    case procurementGoods = "procurement_goods"
    case procurementWorks = "procurement_works"
    case procurementServices = "procurement_services"
    case vehicleCount = "vehicle_count"
    case vehicleFleet = "vehicle_fleet"
    case vehiclesBought = "vehicles_bought"

    /// The unit the figure is printed in: 万元 for amounts, 辆 for counts.
    public var isCount: Bool { [.vehicleCount, .vehicleFleet, .vehiclesBought].contains(self) }

    /// The words printed right before the figure (whitespace removed, parentheses full-width).
    var labels: [String] {
        switch self {
        case .incomeTotal: ["收入总计"]
        case .expenditureTotal: ["支出总计"]
        case .incomeYearTotal: ["收入合计"]
        case .expenditureYearTotal: ["支出合计"]
        case .fiscalIncome: ["财政拨款收入"]
        case .generalBudgetIncome: ["一般公共预算财政拨款收入"]
        case .governmentFundIncome: ["政府性基金预算财政拨款收入"]
        case .stateCapitalIncome: ["国有资本经营预算财政拨款收入"]
        case .fiscalExpenditure: ["财政拨款支出"]
        case .generalBudgetExpenditure: ["一般公共预算财政拨款支出", "一般公共预算财政拨款决算支出"]
        case .basic: ["基本支出"]
        case .project: ["项目支出"]
        case .personnel: ["人员经费"]
        case .publicCosts: ["公用经费"]
        case .threePublicTotal: ["“三公”经费支出", "三公经费支出", "“三公”经费"]
        case .overseasTravel: ["因公出国（境）费", "因公出国（境）费支出", "因公出国支出"]
        case .officialReception: ["公务接待费", "公务接待费支出"]
        case .vehicles: ["公务用车购置及运行维护费", "公务用车购置及运行费"]
        case .vehiclePurchase: ["公务用车购置费", "公务用车购置费支出", "公务用车购置支出"]
        case .vehicleOperation: ["公务用车运行维护费", "公务用车运行维护费支出", "公务用车维护费支出"]
        case .procurementTotal: ["政府采购支出总额"]
        case .procurementGoods: ["政府采购货物支出"]
        case .procurementWorks: ["政府采购工程支出"]
        case .procurementServices: ["政府采购服务支出"]
        case .vehicleCount: ["共有车辆"]
        case .vehicleFleet: ["公务用车保有量", "公务用车保有量共"]
        case .vehiclesBought: ["购置公务用车"]
        }
    }

    /// The kind whose label `label` ends with, the longest label winning; nil when none does. A label whose last
    /// character is not the text's is passed over before `hasSuffix` compares it character by character.
    static func kind(ofLabel label: String, count: Bool) -> NarrativeKind? {
        guard let last = label.last else { return nil }
        return (count ? countLabels : amountLabels)
            .filter { $0.last == last && label.hasSuffix($0.label) }
            .max { $0.label.count < $1.label.count }?.kind
    }

    /// A label of a kind, with its last character.
    private typealias Label = (kind: NarrativeKind, label: String, last: Character)

    /// The labels of the amounts, in the order of `allCases` and of each kind's `labels`.
    private static let amountLabels = labels(count: false)
    /// The labels of the counts, in the same order.
    private static let countLabels = labels(count: true)

    private static func labels(count: Bool) -> [Label] {
        allCases.filter { $0.isCount == count }
            .flatMap { kind in kind.labels.map { (kind, $0, $0.last!) } }
    }
}
