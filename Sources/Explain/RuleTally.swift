import Tables

/// How often each rule fired in a table region: `sharedBand×3, anchoredLineStartsRow×20`, most frequent first.
enum RuleTally {
    /// The `RowJoinRule`s that placed the lines of the region's rows.
    static func rows(_ table: ExplainedTable) -> String {
        tally(table.rows.flatMap(\.rules))
    }

    /// The `ColumnAssignmentRule`s that placed the region's body words.
    static func columns(_ table: ExplainedTable) -> String {
        tally(table.words.compactMap(\.rule))
    }

    private static func tally(_ names: [String]) -> String {
        let counts = names.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        let sorted = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        return sorted.isEmpty ? "none" : sorted.map { "\($0.key)×\($0.value)" }.joined(separator: ", ")
    }
}
