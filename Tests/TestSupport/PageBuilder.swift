public import PageModel

/// Builds pages of positioned text for unit tests, the way poppler would hand them over: each call prints
/// one cell (one poppler word), CJK glyphs one em wide, other glyphs half an em.
public struct PageBuilder {
    public var number: Int
    public var width: Double
    public var height: Double
    public var fontSize: Double
    public private(set) var glyphs: [Glyph] = []

    public init(number: Int = 1, width: Double = 842, height: Double = 595, fontSize: Double = 9) {
        self.number = number
        self.width = width
        self.height = height
        self.fontSize = fontSize
    }

    /// The printed width of `text`.
    public func width(of text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + advance(of: $1) }
    }

    /// Prints `text` starting at `x`, its line's top at `y`.
    public mutating func left(_ text: String, x: Double, y: Double) {
        var cursor = x
        for (index, character) in text.unicodeScalars.enumerated() {
            let box = Box(x0: cursor, y0: y, x1: cursor + advance(of: character), y1: y + fontSize)
            glyphs.append(Glyph(character: character, box: box, fontSize: fontSize, startsWord: index == 0))
            cursor = box.x1
        }
    }

    /// Prints `text` ending at `x1` (amounts, right-aligned).
    public mutating func right(_ text: String, x1: Double, y: Double) {
        left(text, x: x1 - width(of: text), y: y)
    }

    /// Prints `text` centred on `x` (headers).
    public mutating func centred(_ text: String, x: Double, y: Double) {
        left(text, x: x - width(of: text) / 2, y: y)
    }

    /// Prints a header row: each text centred on its x.
    public mutating func headerRow(_ cells: [(String, Double)], y: Double) {
        for (text, x) in cells { centred(text, x: x, y: y) }
    }

    /// Prints a body row: a left-aligned text at each of `texts`, then amounts right-aligned at `amounts`.
    public mutating func bodyRow(texts: [(String, Double)], amounts: [(String, Double)], y: Double) {
        for (text, x) in texts { left(text, x: x, y: y) }
        for (text, x1) in amounts { right(text, x1: x1, y: y) }
    }

    public func page() -> Page {
        Page(number: number, width: width, height: height, quarterTurned: false, glyphs: glyphs)
    }

    private func advance(of character: Unicode.Scalar) -> Double {
        character.isASCII ? fontSize / 2 : fontSize
    }
}
