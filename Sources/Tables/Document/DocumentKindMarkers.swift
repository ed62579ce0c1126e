import PrintedText
import Records

/// Tells a budget (预算) from final accounts (决算) by what the report says of itself: its table titles end in
/// 决算表 or 预算表, its cover, running heads and headings name it (2026年度部门预算信息公开, 第一部分 部门预算情况说明,
/// 部门决算公开). Prose and column headers mention both kinds' words (预算数 beside 决算数, 一般公共预算), so only
/// the ends of lines and the names of the report itself count.
struct DocumentKindMarkers: Sendable {
    /// Line endings that name the document's kind, simplified and traditional forms.
    static let endings: [(suffix: String, kind: DocumentKind)] = [
        ("决算表", .finalAccounts), ("决算明细表", .finalAccounts), ("決算表", .finalAccounts),
        ("预算表", .budget), ("預算表", .budget),
    ]
    /// Names of the report itself, wherever they stand on a line.
    static let names: [(name: String, kind: DocumentKind)] = [
        ("部门决算", .finalAccounts), ("单位决算", .finalAccounts), ("部門決算", .finalAccounts),
        ("部门预算", .budget), ("单位预算", .budget), ("部門預算", .budget),
    ]

    /// What every name holds: a line without it names no report, and one scan for it spares a scan per name on
    /// most lines.
    static let nameMark = "算"

    /// The kind most lines name, with `tableVotes` more for it (tables found by titles only one kind prints);
    /// nil where nothing names a kind: a notice or a letter, no report.
    static func kind(ofLines lines: [String], tableVotes: [DocumentKind: Int] = [:]) -> DocumentKind? {
        var votes = tableVotes
        for line in lines {
            if let last = line.unicodeScalars.last, last == "表",
                let marker = endings.first(where: { line.hasSuffix($0.suffix) })
            {
                votes[marker.kind, default: 0] += 1
            }
            guard line.includes(nameMark) else { continue }
            for marker in names where line.includes(marker.name) { votes[marker.kind, default: 0] += 1 }
        }
        let budget = votes[.budget] ?? 0
        let finalAccounts = votes[.finalAccounts] ?? 0
        if budget == 0 && finalAccounts == 0 { return nil }
        return budget > finalAccounts ? .budget : .finalAccounts
    }
}
