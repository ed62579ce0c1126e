import FoundationEssentials
import Records

extension Dictionary where Key == String, Value == Records.Value {
    /// The amount under `key`, or nil when the cell is blank (absent).
    func amount(_ key: RecordKey) -> Decimal? { self[key]?.number }

    /// The amount under `key`, a blank cell counting as nothing spent (0) in a sum.
    func amountOrZero(_ key: RecordKey) -> Decimal { amount(key) ?? 0 }

    /// The text under `key`.
    func text(_ key: RecordKey) -> String? { self[key]?.text }

    /// The 科目编码, where printed.
    var code: String? { text(.code) }

    /// The 科目名称 or 项目 text, whichever the table prints.
    var label: String { text(.name) ?? text(.item) ?? "" }

    /// `code name`, or the name alone for a row without a code (合计); a budget unit's row by the unit.
    var subject: String { [text(.unit), code, text(.name) ?? text(.item)].compactMap { $0 }.joined(separator: " ") }
}
