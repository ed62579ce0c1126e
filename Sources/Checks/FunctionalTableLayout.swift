import Records

/// A table whose rows are 支出功能分类 codes (类 / 款 / 项) under a 合计 row: its amount columns and row identities.
struct FunctionalTableLayout: Sendable {
    let table: TableKind
    /// The amount columns, each summed down the hierarchy.
    let columns: [String]
    let identities: [RowIdentity]

    /// The five tables keyed by 功能分类 code.
    static let all: [FunctionalTableLayout] = [
        FunctionalTableLayout(
            table: .income,
            columns: ["total", "fiscal_appropriation", "superior_subsidy", "business", "operating",
                      "affiliated_remittance", "other"],
            identities: [RowIdentity(rule: .incomeSources, result: "total",
                                     adding: ["fiscal_appropriation", "superior_subsidy", "business", "operating",
                                              "affiliated_remittance", "other"])]),
        FunctionalTableLayout(
            table: .expenditure,
            columns: ["total", "basic", "project", "remit_to_superior", "operating", "subsidy_to_affiliates"],
            identities: [RowIdentity(rule: .rowTotal, result: "total",
                                     adding: ["basic", "project", "remit_to_superior", "operating",
                                              "subsidy_to_affiliates"])]),
        FunctionalTableLayout(table: .generalBudgetExpenditure, columns: basicAndProject.columns,
                              identities: [basicAndProject]),
        FunctionalTableLayout(table: .stateCapital, columns: basicAndProject.columns, identities: [basicAndProject]),
        FunctionalTableLayout(
            table: .governmentFund,
            columns: ["opening_balance", "income", "total", "basic", "project", "closing_balance"],
            identities: [basicAndProject,
                         RowIdentity(rule: .fundBalance, result: "closing_balance",
                                     adding: ["opening_balance", "income"], subtracting: ["total"])]),
    ]

    /// `total = basic + project`.
    private static let basicAndProject = RowIdentity(rule: .rowTotal, result: "total", adding: ["basic", "project"])
}
