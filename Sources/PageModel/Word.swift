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
    public let words: [Word]
    public let box: Box
    /// The words joined with no separator: how Chinese text reads. Kept, not recomputed: titles, meta lines and
    /// table regions all read it.
    public let compactText: String
    /// Display text (`GroupingSettings.displayScale`): a watermark or a huge heading, no table text.
    public let isDisplay: Bool

    public init(words: [Word], isDisplay: Bool = false) {
        self.init(words: words, compactText: words.map(\.text).joined(), isDisplay: isDisplay)
    }

    /// A line whose compact text is known already: grouping writes it from the glyphs in one piece.
    init(words: [Word], compactText: String, isDisplay: Bool) {
        precondition(!words.isEmpty, "a line has at least one word")
        self.words = words
        self.box = words.dropFirst().reduce(words[0].box) { $0.union($1.box) }
        self.compactText = compactText
        self.isDisplay = isDisplay
    }

    /// The words joined by single spaces.
    public var text: String { words.map(\.text).joined(separator: " ") }

    /// The largest font size of the line's words: a line mixing a title and smaller print is as large as its title.
    public var fontSize: Double { words.map(\.fontSize).max() ?? 0 }

    enum CodingKeys: String, CodingKey { case words, box, isDisplay = "display" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let words = try c.decode([Word].self, forKey: .words)
        guard !words.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .words, in: c, debugDescription: "a line has at least one word")
        }
        self.init(words: words, isDisplay: try c.decodeIfPresent(Bool.self, forKey: .isDisplay) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(words, forKey: .words)
        try c.encode(box, forKey: .box)
        if isDisplay { try c.encode(true, forKey: .isDisplay) }
    }
}
