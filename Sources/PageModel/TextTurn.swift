/// How far a page's text is turned from running left to right, judged from the glyphs themselves: the
/// direction from each glyph to the next one of the same poppler word.
///
/// Poppler places glyphs on the page as displayed, after its /Rotate. A page turned by /Rotate whose content
/// was drawn upright (a portrait table set to landscape by a viewer's "rotate and save") then has its text
/// running down or up the page; turning the page back brings the lines horizontal again.
public enum TextTurn: Int, Sendable {
    case none = 0
    /// Text runs top to bottom: the page was turned a quarter clockwise.
    case quarter
    /// Text runs right to left, upside down.
    case half
    /// Text runs bottom to top.
    case threeQuarters

    /// The turn most pairs of consecutive glyphs show; `.none` when no pair or a tie. Boxes are read in place:
    /// copying a glyph would copy its font's name.
    public init(of glyphs: [Glyph]) {
        var votes = [0, 0, 0, 0]
        for index in glyphs.indices.dropFirst() where !glyphs[index].startsWord {
            let box = glyphs[index].box, previous = glyphs[index - 1].box
            let dx = box.midX - previous.midX, dy = box.midY - previous.midY
            if abs(dx) >= abs(dy) { votes[dx >= 0 ? 0 : 2] += 1 } else { votes[dy > 0 ? 1 : 3] += 1 }
        }
        let best = votes.indices.max { votes[$0] < votes[$1] || (votes[$0] == votes[$1] && $0 > $1) } ?? 0
        self = TextTurn(rawValue: best) ?? .none
    }

    /// The page size once the turn is undone.
    public func uprightSize(width: Double, height: Double) -> (width: Double, height: Double) {
        self == .quarter || self == .threeQuarters ? (height, width) : (width, height)
    }

    /// The glyphs of a page of the displayed `width` × `height`, moved to where they are once the turn is undone.
    public func upright(_ glyphs: [Glyph], width: Double, height: Double) -> [Glyph] {
        guard self != .none else { return glyphs }
        return glyphs.map { glyph in
            var turned = glyph
            turned.box = upright(glyph.box, width: width, height: height)
            return turned
        }
    }

    /// `box` on a page of the displayed `width` × `height`, moved to where it is once the turn is undone.
    public func upright(_ box: Box, width: Double, height: Double) -> Box {
        switch self {
        case .none: box
        case .quarter: Box(x0: box.y0, y0: width - box.x1, x1: box.y1, y1: width - box.x0)
        case .half: Box(x0: width - box.x1, y0: height - box.y1, x1: width - box.x0, y1: height - box.y0)
        case .threeQuarters: Box(x0: height - box.y1, y0: box.x0, x1: height - box.y0, y1: box.x1)
        }
    }
}
