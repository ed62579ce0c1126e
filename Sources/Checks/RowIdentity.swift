import Records

/// A row identity of a table: `result = Σ adding − Σ subtracting`, column by column of one record.
struct RowIdentity: Sendable {
    let rule: CheckRule
    let result: String
    let adding: [String]
    var subtracting: [String] = []

    /// An identity of a record's columns.
    init(rule: CheckRule, result: RecordKey, adding: [RecordKey], subtracting: [RecordKey] = []) {
        self.rule = rule
        self.result = result.rawValue
        self.adding = adding.map(\.rawValue)
        self.subtracting = subtracting.map(\.rawValue)
    }

    /// An identity of the 三公 items, checked on one measure's figures keyed by item.
    init(rule: CheckRule, result: ThreePublicItem, adding: [ThreePublicItem]) {
        self.rule = rule
        self.result = result.rawValue
        self.adding = adding.map(\.rawValue)
    }

    /// Every column the identity reads.
    var columns: [String] { [result] + adding + subtracting }
}
