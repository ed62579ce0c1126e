/// Tuning constants of glyph → word → line grouping, in font-size units (em) unless stated.
public struct GroupingSettings: Sendable, Hashable {
    /// A horizontal gap wider than this between two glyphs of a line starts a new word.
    /// CJK glyphs in one cell touch (gap ≈ 0), table cells are padded by at least a third of an em.
    public var wordGap: Double
    /// A glyph joins a line when its vertical middle lies within this fraction of the line's font size
    /// from the line's middle: rows of a table are at least one em apart.
    public var lineBand: Double
    /// Two identical characters whose boxes start within this distance are one glyph printed twice
    /// (fake bold), and the second is dropped.
    public var duplicateDistance: Double

    public init(wordGap: Double, lineBand: Double, duplicateDistance: Double) {
        precondition(wordGap > 0 && lineBand > 0 && duplicateDistance >= 0, "grouping settings must be positive")
        self.wordGap = wordGap
        self.lineBand = lineBand
        self.duplicateDistance = duplicateDistance
    }

    /// The settings the pipeline uses.
    public static let standard = GroupingSettings(wordGap: 0.3, lineBand: 0.4, duplicateDistance: 0.1)
}
