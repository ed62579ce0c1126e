import PageModel
import Testing

@Suite struct TextTurnTests {
    /// `合计 9.99` printed upright on a 200 × 100 page, then the page turned a quarter clockwise (100 × 200).
    static let upright = glyphs("合计", x: 10, y: 20) + glyphs("9.99", x: 60, y: 20)
    static let turned = upright.map { glyph -> Glyph in
        var copy = glyph
        copy.box = Box(x0: 100 - glyph.box.y1, y0: glyph.box.x0, x1: 100 - glyph.box.y0, y1: glyph.box.x1)
        return copy
    }

    @Test func textRunningDownThePageIsTurnedAQuarter() {
        #expect(TextTurn(of: Self.turned) == .quarter)
        #expect(TextTurn(of: Self.upright) == TextTurn.none)
    }

    @Test func undoingTheTurnGivesBackTheUprightPage() {
        let turn = TextTurn(of: Self.turned)
        #expect(turn.upright(Self.turned, width: 100, height: 200) == Self.upright)
        #expect(turn.uprightSize(width: 100, height: 200) == (200, 100))
        #expect(words(turn.upright(Self.turned, width: 100, height: 200)) == [["合计", "9.99"]])
    }
}
