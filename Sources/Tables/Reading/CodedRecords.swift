import Records

/// Records of tables keyed by 功能分类 code: one per row with a code or a name (合计 has no code).
/// Codes printed in 类 / 款 / 项 columns are joined (`201 | 06 | 01` → `2010601`).
struct CodedRecords: Sendable {
    var parts: TableParts

    func records(group: Int? = nil, warnings: inout [Diagnostic]) -> [Record] {
        let rows = parts.rowBuilder.rows(from: parts.body, group: group, textRowsAreReal: false)
        var records: [Record] = []
        var above = CodePieces()
        let wideRow = Self.singleWideRow(rows, parts: parts)
        for row in rows {
            var record: Record = [:]
            var name = parts.columns(.record(.name), group: group).compactMap { row.text($0) }.joined()
            var code = ""
            var pieces = CodePieces()
            for index in parts.columns(.record(.code), group: group) + codeLevelColumns(group) {
                guard let text = row.text(index) else { continue }
                guard text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                    if name.isEmpty { name = text }
                    continue
                }
                if case .codeLevel(let level) = parts.model.columns[index].key {
                    pieces.level[level] = text
                } else {
                    code += text
                }
            }
            code += pieces.code(under: &above)
            if code.isEmpty, let split = Self.leadingCode(of: name) { (code, name) = split }
            if !code.isEmpty { record[.code] = .text(code) }
            if !name.isEmpty { record[.name] = .text(name) }
            fillUnit(&record, from: row, group: group)
            // The one row of a table printed as a single wide row without a label (a 收入总表 of one line) is the
            // whole department's: 合计.
            if record.isEmpty, row.page == wideRow?.page, row.midY == wideRow?.midY {
                record[.name] = .text(parts.catalogue.totalLabels[0])
            }
            guard !record.isEmpty else { continue }
            parts.fillAmounts(&record, from: row, group: group, warnings: &warnings)
            records.append(record)
        }
        return records
    }

    /// The one row of amounts of a table whose rows print no label at all (no code, name or unit): a table
    /// printed as a single wide row.
    static func singleWideRow(_ rows: [BodyRow], parts: TableParts) -> BodyRow? {
        let labelled = rows.contains { row in
            row.cells.contains { index, _ in
                parts.model.columns[index].value == .text || parts.model.columns[index].value == .code
            }
        }
        let amounts = rows.filter { row in
            row.cells.values.contains { words in words.contains { PrintedValue.looksLikeAmount($0.text) } }
        }
        return !labelled && amounts.count == 1 ? amounts[0] : nil
    }

    /// A row per budget unit (预算单位 / 单位名称) carries the unit's name and code; the whole department's row
    /// (合计) is a 合计 record without a unit.
    private func fillUnit(_ record: inout Record, from row: BodyRow, group: Int?) {
        let unit = parts.columns(.record(.unit), group: group).compactMap { row.text($0) }.joined()
        let unitCode = parts.columns(.record(.unitCode), group: group).compactMap { row.text($0) }.joined()
        if parts.catalogue.totalLabels.contains(unit) {
            record[.name] = .text(unit)
        } else if !unit.isEmpty {
            record[.unit] = .text(unit)
        }
        if !unitCode.isEmpty { record[.unitCode] = .text(unitCode) }
    }

    /// Some layouts print code and name in one cell (`2010301行政运行`, `2010301-行政运行`, `[2010301]行政运行`): the
    /// leading digits are the code, the rest after a dash or the closing bracket the name.
    static func leadingCode(of text: String) -> (code: String, name: String)? {
        let bracketed = text.first.map { "[【［".contains($0) } ?? false
        let body = bracketed ? text.dropFirst() : Substring(text)
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        var rest = body.dropFirst(digits.count)
        if bracketed {
            guard let close = rest.first, "]】］".contains(close) else { return nil }
            rest = rest.dropFirst()
        } else if let dash = rest.first, dash == "-" || dash == "－" || dash == "—" {
            rest = rest.dropFirst()
        }
        guard PrintedValue.looksLikeCode(String(digits)), let next = rest.first, !(next.isASCII && next.isNumber),
            next != "."
        else { return nil }
        return (String(digits), String(rest))
    }

    private func codeLevelColumns(_ group: Int?) -> [Int] {
        ColumnKey.codeLevelNames.indices.flatMap { parts.columns(.codeLevel($0), group: group) }
    }
}

/// The 类 / 款 / 项 pieces of one row's code. A row may print only its lower levels, the higher ones standing
/// in the rows above (`201 | 06 | 01` then `| | 02`); a 款 or 项 piece printed without its leading zero (`2`)
/// is two digits (`02`).
struct CodePieces: Sendable {
    var level: [String?] = [nil, nil, nil]

    /// The joined code, with missing higher levels taken from `above`, which becomes this row's pieces.
    func code(under above: inout CodePieces) -> String {
        guard let lowest = level.lastIndex(where: { $0 != nil }) else { return "" }
        var joined = ""
        for index in 0...lowest {
            guard var piece = level[index] ?? above.level[index] else { return "" }
            if index > 0 && piece.count == 1 { piece = "0" + piece }
            above.level[index] = piece
            joined += piece
        }
        for index in (lowest + 1)..<level.count { above.level[index] = nil }
        return joined
    }
}
