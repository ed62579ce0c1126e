/// A row identity of a table: `result = Σ adding − Σ subtracting`, column by column of one record.
struct RowIdentity: Sendable {
    let rule: CheckRule
    let result: String
    let adding: [String]
    var subtracting: [String] = []

    /// Every column the identity reads.
    var columns: [String] { [result] + adding + subtracting }
}
