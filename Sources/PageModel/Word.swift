/// A run of glyphs on one line with no gap wider than `GroupingSettings.wordGap` between them.
///
/// CJK text has no spaces, so a Chinese cell is usually one word; a number such as `2,697.60` is one word.
public struct Word: Sendable, Hashable, Codable {
    public var text: String
    public var box: Box
    /// The largest font size among its glyphs, in points.
    public var fontSize: Double

    public init(text: String, box: Box, fontSize: Double) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
    }
}

/// Words sharing one baseline band, left to right.
public struct Line: Sendable, Hashable, Codable {
    public var words: [Word]
    public var box: Box

    public init(words: [Word]) {
        precondition(!words.isEmpty, "a line has at least one word")
        self.words = words
        self.box = words.dropFirst().reduce(words[0].box) { $0.union($1.box) }
    }

    /// The words joined by single spaces.
    public var text: String { words.map(\.text).joined(separator: " ") }

    /// The words joined with no separator: how Chinese text reads.
    public var compactText: String { words.map(\.text).joined() }

    /// The most common font size of the line's words.
    public var fontSize: Double { words.map(\.fontSize).max() ?? 0 }
}
