/// The validation rules, by stable name (the `rule` of a check: API, never renamed), each with why it holds.
///
/// A rule is written only where the accounting rules make the figures equal; the tolerance is the rounding
/// the notes admit (尾数误差), see `RoundingTolerance`.
public enum CheckRule: String, Sendable, Hashable, CaseIterable {
    // Within a table.
    case childrenSum = "children_sum"
    case grandTotal = "grand_total"
    case rowTotal = "row_total"
    case incomeSources = "income_sources"
    case fundBalance = "fund_balance"
    case personnelTotal = "personnel_total"
    case publicTotal = "public_total"
    case basicRowSplit = "basic_row_split"
    case threePublicTotal = "three_public_total"
    case threePublicVehicles = "three_public_vehicles"
    case summaryYearTotal = "summary_year_total"
    case summarySideTotal = "summary_side_total"
    case summaryBalance = "summary_balance"
    case summaryRowTotal = "summary_row_total"
    case statisticsProcurement = "statistics_procurement"
    case statisticsVehicles = "statistics_vehicles"
    // Across tables.
    case crossIncomeTotal = "cross_income_total"
    case crossExpenditureTotal = "cross_expenditure_total"
    case crossIncomeSources = "cross_income_sources"
    case crossSummaryClass = "cross_summary_class"
    case crossFiscalIncome = "cross_fiscal_income"
    case crossFiscalTotal = "cross_fiscal_total"
    case crossFiscalClass = "cross_fiscal_class"
    case crossBasicTotal = "cross_basic_total"
    case crossThreePublicStatistics = "cross_three_public_statistics"

    /// Why the figures must agree, in one sentence.
    public var reason: String {
        switch self {
        case .basicRowSplit:
            "A budget's 基本支出 row splits its 合计 into 人员经费 and 公用经费: every basic expense is one or the other."
        case .childrenSum:
            "A 功能分类 类 is the sum of its 款 and a 款 the sum of its 项 (an 经济分类 类 the sum of its 款): the classification is a tree and every amount is booked to a leaf."
        case .grandTotal:
            "合计 is the sum of the 类 rows: every amount of the table belongs to exactly one 类."
        case .rowTotal:
            "A row's total is the sum of its parts: expenditure splits into 基本支出, 项目支出 and the other kinds of spending, and a fiscal total into the three budgets that fund it."
        case .incomeSources:
            "A row of the income table totals its sources: 财政拨款, 上级补助, 事业, 经营, 附属单位上缴 and 其他收入 are all the income there is."
        case .fundBalance:
            "A government fund carries over what it did not spend: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余."
        case .personnelTotal:
            "人员经费合计 is the sum of the personnel classes (301 工资福利支出, 303 对个人和家庭的补助), which are what 人员经费 means."
        case .publicTotal:
            "公用经费合计 is the sum of the other 经济分类 classes of basic spending, which are what 公用经费 means."
        case .threePublicTotal:
            "“三公”经费 are exactly three: 因公出国（境）费, 公务接待费 and 公务用车购置及运行费, in the budget column and in the actual one."
        case .threePublicVehicles:
            "公务用车购置及运行费 is 公务用车购置费 plus 公务用车运行费, in the budget column and in the actual one."
        case .summaryYearTotal:
            "本年收入合计 is the sum of the year's income rows and 本年支出合计 the sum of the year's expenditure rows of the same summary table."
        case .summarySideTotal:
            "A side's 总计 is the year's 合计 plus the rows below it: 使用非财政拨款结余 and 年初结转和结余 for income, 结余分配 and 年末结转和结余 for expenditure."
        case .summaryBalance:
            "A summary table balances: every yuan available (收入总计) is either spent or carried over (支出总计)."
        case .summaryRowTotal:
            "An expenditure row of the 财政拨款 summary totals its three budgets: 一般公共预算, 政府性基金预算 and 国有资本经营预算."
        case .statisticsProcurement:
            "政府采购 合计 is the sum of 货物, 工程 and 服务, the three kinds of procurement."
        case .statisticsVehicles:
            "车辆数合计 is the sum of the vehicles counted by use; every vehicle has exactly one use."
        case .crossIncomeTotal:
            "The summary's 本年收入合计 and the income table's 合计 are the same figure: the year's income of the department."
        case .crossExpenditureTotal:
            "The summary's 本年支出合计 and the expenditure table's 合计 are the same figure: the year's expenditure of the department."
        case .crossIncomeSources:
            "Each income row of the summary is one source column of the income table's 合计 (the three 财政拨款 rows together are its 财政拨款 column)."
        case .crossSummaryClass:
            "An expenditure 类 row of the summary and the 类 row of the expenditure table are the same figure: the year's spending under that 功能分类 类."
        case .crossFiscalIncome:
            "The 财政拨款 income rows of the two summary tables are the same figures: the year's appropriations from each budget."
        case .crossFiscalTotal:
            "The 财政拨款 summary's 本年支出合计 of a budget and the 合计 of that budget's own expenditure table are the same figure."
        case .crossFiscalClass:
            "A 类 row of the 财政拨款 summary's 一般公共预算 column and the 类 row of the 一般公共预算 expenditure table are the same figure."
        case .crossBasicTotal:
            "一般公共预算 基本支出 is 人员经费 plus 公用经费: the basic-expenditure table details exactly the 合计 basic column of the 一般公共预算 expenditure table."
        case .crossThreePublicStatistics:
            "Where the statistics table prints a “三公” amount, it is the same figure as the actual (决算数) of the 三公 table."
        }
    }
}
