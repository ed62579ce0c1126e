import PrintedText

/// A labelled field of a self-evaluation form (绩效自评表) and the header words that label it.
struct FieldRule: Sendable {
    /// The fields the record model gives the two forms (`fields` of `department_performance` and
    /// `project_performance`).
    enum Key: String, Sendable {
        case unitName = "unit_name", budgetIncome = "budget_income", budgetExpenditure = "budget_expenditure"
        case totalScore = "total_score", project, budget, executed
        case executionRate = "execution_rate"
    }

    var key: Key
    var value: ColumnRule.ValueKind
    var headers: [String]
}
