public import Records

/// The checks of a document as text a person reads: failed checks first, grouped by table, then the passed
/// ones counted by rule, the printed figures the self-census found unread (with their pages), the narrative figures
/// no table holds, and the warnings.
public struct CheckReport: Sendable {
    public let document: ArchiveDocument
    /// The narrative figures no table holds.
    public let unreconciled: [NarrativeFigure]

    public init(document: ArchiveDocument, validation: Validation = Validation()) {
        self.document = document
        unreconciled = validation.unreconciledFigures(of: document)
    }

    public var failed: [Check] { document.checks.filter { !$0.ok } }

    public var text: String {
        let checks = document.checks
        var lines = [
            "\(document.document.sourceName): \(document.document.status.rawValue), \(failed.count) of "
                + "\(checks.count) checks failed, \(document.unreadFigures.count) printed figures unread"
        ]
        if !failed.isEmpty {
            lines += ["", "FAILED"]
            for (table, group) in grouped(failed) {
                lines.append("  \(table.rawValue)")
                lines += group.map { "    ✗ \($0.rule): \($0.detail)" }
            }
        }
        let passed = checks.filter(\.ok)
        if !passed.isEmpty {
            lines += ["", "PASSED"]
            for (table, group) in grouped(passed) {
                var counts: [String: Int] = [:]
                for check in group { counts[check.rule, default: 0] += 1 }
                let rules = counts.keys.sorted().map { "\($0) ×\(counts[$0]!)" }.joined(separator: ", ")
                lines.append("  \(table.rawValue): \(rules)")
            }
        }
        if !document.unreadFigures.isEmpty {
            lines += ["", "UNREAD FIGURES (printed on a table's page, in no record)"]
            lines += document.unreadFigures.map { "  page \($0.page): \($0.table.rawValue) \($0.text)" }
        }
        if !unreconciled.isEmpty {
            lines += ["", "NARRATIVE FIGURES NOT RECONCILED (listed, no table holds them)"]
            lines += unreconciled.map { "  page \($0.page): \($0.kind) \($0.value) \($0.unit) — \($0.sentence)" }
        }
        if !document.warnings.isEmpty {
            lines += ["", "WARNINGS"] + document.warnings.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Checks grouped by table, tables in the order of the record model.
    private func grouped(_ checks: [Check]) -> [(TableKind, [Check])] {
        let groups = Dictionary(grouping: checks, by: \.table)
        return TableKind.allCases.compactMap { kind in groups[kind].map { (kind, $0) } }
    }
}
