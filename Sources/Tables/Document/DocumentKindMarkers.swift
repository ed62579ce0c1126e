import Records

/// Tells a budget (预算) from final accounts (决算) by what the report says of itself: its table titles end in
/// 决算表 or 预算表, its cover and running heads in 部门决算 or 部门预算. Prose and column headers mention both
/// (预算数 beside 决算数, 一般公共预算), so only the ends of lines count.
struct DocumentKindMarkers: Sendable {
    /// Line endings that name the document's kind, simplified and traditional forms.
    static let endings: [(suffix: String, kind: DocumentKind)] = [
        ("决算表", .finalAccounts), ("决算明细表", .finalAccounts), ("部门决算", .finalAccounts), ("单位决算", .finalAccounts),
        ("決算表", .finalAccounts),
        ("预算表", .budget), ("部门预算", .budget), ("单位预算", .budget), ("預算表", .budget),
    ]

    /// The kind most line endings name; final accounts where none does (the model's first kind).
    static func kind(ofLines lines: [String]) -> DocumentKind {
        var votes: [DocumentKind: Int] = [:]
        for line in lines {
            guard let last = line.unicodeScalars.last, last == "表" || last == "算" else { continue }
            if let marker = endings.first(where: { line.hasSuffix($0.suffix) }) { votes[marker.kind, default: 0] += 1 }
        }
        return (votes[.budget] ?? 0) > (votes[.finalAccounts] ?? 0) ? .budget : .finalAccounts
    }
}
