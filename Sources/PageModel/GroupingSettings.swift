/// Tuning constants of glyph → word → line grouping, in font-size units (em) unless stated.
public struct GroupingSettings: Sendable, Hashable {
    /// A horizontal gap wider than this between two glyphs of a line starts a new word.
    /// CJK glyphs in one cell touch (gap ≈ 0), table cells are padded by at least a third of an em.
    public var wordGap: Double
    /// A glyph joins a line when its vertical middle lies within this fraction of the taller glyph box
    /// from the line's middle. Box heights, not font sizes: some producers give glyph boxes twice the text's
    /// height, and a digit of another font then sits off the middle of the line's CJK boxes.
    public var lineBand: Double
    /// Two identical characters whose boxes start within this distance are one glyph printed twice
    /// (fake bold), and the second is dropped.
    public var duplicateDistance: Double
    /// A poppler word break splits a word only where the glyphs are at least this far apart: table cells
    /// printed edge to edge keep a sliver of padding, while poppler also breaks between touching glyphs
    /// of different fonts (digits and their separators) inside one number.
    public var breakGap: Double
    /// Glyphs printed larger than this many times the page's median printed size are display text (a watermark
    /// across a table, a huge cover title): they are grouped into lines of their own, and never join or widen a
    /// line of ordinary text. A multiple of the median size, not an em.
    public var displayScale: Double
    /// The least glyph box height a font's declared ascent and descent plausibly give (ordinary fonts: 1 to 1.3
    /// ems). A shorter box comes from a broken font descriptor and is fitted to one em (see `PrintedSize`).
    public var minimumBoxHeight = 0.6

    public init(wordGap: Double, lineBand: Double, duplicateDistance: Double, breakGap: Double, displayScale: Double) {
        precondition(
            wordGap > 0 && lineBand > 0 && duplicateDistance >= 0 && breakGap >= 0 && displayScale > 1,
            "grouping settings must be positive")
        self.wordGap = wordGap
        self.lineBand = lineBand
        self.duplicateDistance = duplicateDistance
        self.breakGap = breakGap
        self.displayScale = displayScale
    }

    /// The settings the pipeline uses.
    public static let standard = GroupingSettings(
        wordGap: 0.3, lineBand: 0.3, duplicateDistance: 0.1, breakGap: 0.1,
        displayScale: 3)
}
