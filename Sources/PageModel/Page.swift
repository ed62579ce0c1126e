/// One page of positioned text: the glyphs as poppler placed them, and the words and lines grouped from them.
public struct Page: Sendable, Hashable, Codable {
    /// 1-based page number.
    public var number: Int
    /// Size of the upright page in points: turned so that its text runs left to right (see `TextTurn`).
    public var width: Double
    public var height: Double
    /// Whether the page's /Rotate turns it a quarter (90° or 270°). Size and glyph boxes are upright regardless.
    public var quarterTurned: Bool
    /// Lines in reading order, top to bottom, each with its words left to right.
    public var lines: [Line]

    public init(number: Int, width: Double, height: Double, quarterTurned: Bool, lines: [Line]) {
        self.number = number
        self.width = width
        self.height = height
        self.quarterTurned = quarterTurned
        self.lines = lines
    }

    /// Groups glyphs into words and lines (see `TextGrouping`).
    public init(
        number: Int, width: Double, height: Double, quarterTurned: Bool, glyphs: [Glyph],
        settings: GroupingSettings = .standard
    ) {
        self.init(
            number: number, width: width, height: height, quarterTurned: quarterTurned,
            lines: TextGrouping(settings: settings).lines(from: glyphs))
    }

    /// The page's text, one line of text per line, words separated by a space.
    public var text: String {
        lines.map(\.text).joined(separator: "\n")
    }
}

/// A document's pages plus what its info dictionary says.
public struct DocumentText: Sendable, Hashable, Codable {
    public var pages: [Page]
    /// The /Producer of the info dictionary, where present.
    public var producer: String?

    public init(pages: [Page], producer: String?) {
        self.pages = pages
        self.producer = producer
    }
}
