public import Tables

/// The explanation as text, for a terminal or a bug report: per table region the rules that framed it, its
/// columns with their anchors, each row with the rules that joined its lines and each body word with the column
/// and rule it went to (`2,697.60 → total (rightAlignedNumbers)`), then the figures left unread and why.
public enum ExplanationText {
    /// The text report, lines ending in a new line.
    public static func render(_ explanation: PageExplanation) -> String {
        let tables = explanation.tables.count
        var lines = [
            "page \(explanation.page) (\(Markup.number(explanation.width)) x \(Markup.number(explanation.height)) pt), "
                + "family \(explanation.family.rawValue): \(tables) table region\(tables == 1 ? "" : "s"), "
                + "\(explanation.words.count) words, \(unreadSummary(explanation))"
        ]
        for (index, table) in explanation.tables.enumerated() {
            lines += [""] + tableLines(table, index)
        }
        lines += [""] + unreadLines(explanation)
        if !explanation.looseLines.isEmpty {
            lines.append(
                "\(explanation.looseLines.count) lines before the first table belong to no known table "
                    + "(prose, or tables of no known layout: generic grids at most)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func tableLines(_ table: ExplainedTable, _ index: Int) -> [String] {
        let number = table.number.map { " 公开\($0)表" } ?? ""
        let pages = table.pages.map(String.init).joined(separator: ", ")
        var lines = [
            "T\(index + 1) \(table.id.rawValue)\(number) \(table.title) (pages \(pages))",
            "  header ended by: \(table.headerEnd ?? "none (no body on this page)")",
            "  continued by: \(table.continuedBy ?? "none (the table starts on this page)")",
        ]
        guard !table.columns.isEmpty else {
            return lines + ["  a form of labelled fields: read by its labels, no columns or rows"]
        }
        lines += [
            "  columns (anchor: middle of the header cell\(table.headerCarried ? ", from the header of an earlier page" : "")):"
        ]
        lines += table.columns.enumerated().map { index, column in
            let measure = column.measure.map { " under \($0)" } ?? ""
            return
                "    c\(index + 1) \(column.key)\(measure)  \(column.header)  x \(Markup.number(column.anchor))  \(column.kind)"
                + (column.group > 0 ? "  group \(column.group)" : "")
        }
        lines.append("  rows [RowJoinRule of each line joined], words → column (ColumnAssignmentRule):")
        lines += table.rows.flatMap { rowLines($0, table) }
        let loose = table.words.filter { $0.row == nil }
        if !loose.isEmpty { lines.append("    in no row: " + words(loose, table)) }
        lines += [
            "  rules fired: rows: \(RuleTally.rows(table))", "               columns: \(RuleTally.columns(table))",
        ]
        return lines
    }

    private static func rowLines(_ row: ExplainedRow, _ table: ExplainedTable) -> [String] {
        let group = row.group.map { " group \($0)" } ?? ""
        let band = "y \(Markup.number(row.band.y0))-\(Markup.number(row.band.y1))"
        return [
            "    r\(row.number)\(group) \(band) [\(row.rules.joined(separator: ", "))]",
            "       " + words(table.words.filter { $0.row == row.number }, table),
        ]
    }

    /// `201 → code (coveredText) · 行政运行 → name (textByAlignment)`.
    private static func words(_ decisions: [WordDecision], _ table: ExplainedTable) -> String {
        decisions.map { decision in
            guard let column = decision.column, let rule = decision.rule else {
                return "\(decision.word.text) → no column"
            }
            return "\(decision.word.text) → \(table.columns[column].key) (\(rule))"
        }.joined(separator: " · ")
    }

    /// `12 figures left unread (10 kept only as text of a generic grid)`.
    static func unreadSummary(_ explanation: PageExplanation) -> String {
        let gridded = explanation.unread.count(where: \.keptInGrid)
        return "\(explanation.unread.count) figures left unread"
            + (gridded > 0 ? " (\(gridded) kept only as text of a generic grid)" : "")
    }

    private static func unreadLines(_ explanation: PageExplanation) -> [String] {
        guard !explanation.unread.isEmpty else { return ["no figure left unread"] }
        return ["figures left unread:"]
            + explanation.unread.map { figure in
                let box = figure.word.box
                let table = figure.table.map { " T\($0 + 1)" } ?? ""
                return
                    "  \(figure.word.text) at x \(Markup.number(box.x0)) y \(Markup.number(box.y0))\(table): \(figure.reason)"
            }
    }
}
