import Records

/// Records of tables keyed by 功能分类 code: one per row with a code or a name (合计 has no code).
/// Codes printed in 类 / 款 / 项 columns are joined (`201 | 06 | 01` → `2010601`).
struct CodedRecords: Sendable {
    var reading: TableReading

    func records(group: Int? = nil, warnings: inout [String]) -> [Record] {
        let rows = reading.rowBuilder.rows(from: reading.body, group: group, textRowsAreReal: false)
        var records: [Record] = []
        for row in rows {
            var record: Record = [:]
            var name = reading.columns("name", group: group).compactMap { row.text($0) }.joined()
            var code = ""
            for index in reading.columns("code", group: group) + codePartColumns(group) {
                guard let text = row.text(index) else { continue }
                if text.allSatisfy(\.isNumber) { code += text } else if name.isEmpty { name = text }
            }
            if code.isEmpty, let split = Self.leadingCode(of: name) { (code, name) = split }
            if !code.isEmpty { record["code"] = .text(code) }
            if !name.isEmpty { record["name"] = .text(name) }
            guard !record.isEmpty else { continue }
            reading.fillAmounts(&record, from: row, group: group, warnings: &warnings)
            records.append(record)
        }
        return records
    }

    /// Some layouts print code and name in one cell (`2010301行政运行`): the leading digits are the code.
    static func leadingCode(of text: String) -> (code: String, name: String)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        guard PrintedValue.looksLikeCode(String(digits)), let next = rest.first, !next.isNumber, next != "." else { return nil }
        return (String(digits), String(rest))
    }

    private func codePartColumns(_ group: Int?) -> [Int] {
        ["code_class", "code_section", "code_item"].flatMap { reading.columns($0, group: group) }
    }
}
