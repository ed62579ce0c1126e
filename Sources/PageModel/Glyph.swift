/// One character as poppler placed it on the page.
public struct Glyph: Sendable, Hashable, Codable {
    /// The character, already folded to its ordinary form (see `CharacterFolding`). Poppler hands over one
    /// Unicode scalar per glyph; a scalar, unlike a `Character`, is compared and copied as the number it is.
    public var character: Unicode.Scalar
    public var box: Box
    /// Font size in points, as the text attributes give it (falls back to the box height).
    public var fontSize: Double
    /// The PDF font name where poppler gives one.
    public var fontName: String?
    /// Whether poppler put a word break (a space or line break in its text) before this glyph.
    /// Table cells are separate text runs, so this separates an amount from a name printed right after it.
    public var startsWord: Bool

    public init(
        character: Unicode.Scalar, box: Box, fontSize: Double, fontName: String? = nil, startsWord: Bool = false
    ) {
        self.character = character
        self.box = box
        self.fontSize = fontSize
        self.fontName = fontName
        self.startsWord = startsWord
    }

    enum CodingKeys: String, CodingKey {
        case character = "c", box, fontSize = "size", fontName = "font", startsWord = "start"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .character)
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count == 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .character, in: c, debugDescription: "one Unicode scalar expected")
        }
        character = first
        box = try c.decode(Box.self, forKey: .box)
        fontSize = try c.decode(Double.self, forKey: .fontSize)
        fontName = try c.decodeIfPresent(String.self, forKey: .fontName)
        startsWord = try c.decodeIfPresent(Bool.self, forKey: .startsWord) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(String(character), forKey: .character)
        try c.encode(box, forKey: .box)
        try c.encode(fontSize, forKey: .fontSize)
        try c.encodeIfPresent(fontName, forKey: .fontName)
        if startsWord { try c.encode(true, forKey: .startsWord) }
    }
}
