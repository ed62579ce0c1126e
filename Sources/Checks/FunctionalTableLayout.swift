import Records

/// A table whose rows are 支出功能分类 codes (类 / 款 / 项) under a 合计 row: its amount columns and row identities.
struct FunctionalTableLayout: Sendable {
    let table: TableKind
    /// The amount columns, each summed down the hierarchy.
    let columns: [RecordKey]
    let identities: [RowIdentity]

    /// The five tables keyed by 功能分类 code.
    static let all: [FunctionalTableLayout] = [
        FunctionalTableLayout(
            table: .income,
            columns: [
                .total, .carryover, .fiscalAppropriation, .generalBudget, .governmentFund, .stateCapital,
                .specialAccount, .superiorSubsidy, .business, .operating, .affiliatedRemittance, .other,
                .nonFiscalBalanceUsed,
            ],
            identities: [
                RowIdentity(
                    rule: .incomeSources, result: .total,
                    adding: [
                        .carryover, .fiscalAppropriation, .generalBudget, .governmentFund,
                        .stateCapital, .specialAccount, .superiorSubsidy, .business, .operating,
                        .affiliatedRemittance, .other, .nonFiscalBalanceUsed,
                    ])
            ]),
        FunctionalTableLayout(
            table: .expenditure,
            columns: [.total, .basic, .project, .remitToSuperior, .operating, .subsidyToAffiliates],
            identities: [
                RowIdentity(
                    rule: .rowTotal, result: .total,
                    adding: [.basic, .project, .remitToSuperior, .operating, .subsidyToAffiliates])
            ]),
        FunctionalTableLayout(
            table: .generalBudgetExpenditure, columns: [.total, .basic, .project],
            identities: [basicAndProject]),
        FunctionalTableLayout(
            table: .stateCapital, columns: [.total, .basic, .project], identities: [basicAndProject]),
        FunctionalTableLayout(
            table: .governmentFund,
            columns: [.openingBalance, .income, .total, .basic, .project, .closingBalance],
            identities: [
                basicAndProject,
                RowIdentity(
                    rule: .fundBalance, result: .closingBalance,
                    adding: [.openingBalance, .income], subtracting: [.total]),
            ]),
    ]

    /// `total = basic + project`.
    private static let basicAndProject = RowIdentity(rule: .rowTotal, result: .total, adding: [.basic, .project])
}
