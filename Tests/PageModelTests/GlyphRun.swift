import PageModel

/// Glyphs laid out as a producer would print them: left to right from `x` on the line whose top is `y`,
/// CJK characters one em wide, others half an em, each touching the next.
func glyphs(_ text: String, x: Double, y: Double, size: Double = 10, startsWord: Bool = true) -> [Glyph] {
    var left = x
    return text.unicodeScalars.enumerated().map { offset, character in
        let width = character.value >= 0x2E80 ? size : size / 2
        defer { left += width }
        return Glyph(
            character: character, box: Box(x0: left, y0: y, x1: left + width, y1: y + size),
            fontSize: size, startsWord: startsWord && offset == 0)
    }
}

/// The words of each line, top to bottom.
func words(_ glyphs: [Glyph]) -> [[String]] {
    TextGrouping().lines(from: glyphs).map { $0.words.map(\.text) }
}
