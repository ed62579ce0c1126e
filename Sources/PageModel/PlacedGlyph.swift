import PrintedText

/// A glyph as grouping reads it: everything but its font's name. Without that reference a placed glyph is plain
/// bytes, so grouping sorts and copies the glyphs themselves, with no index to follow and no reference count to
/// keep.
struct PlacedGlyph {
    var character: Unicode.Scalar
    var box: Box
    var fontSize: Double
    var startsWord: Bool

    init(_ glyph: Glyph) {
        character = glyph.character
        box = glyph.box
        fontSize = glyph.fontSize
        startsWord = glyph.startsWord
    }

    /// Whether the glyph prints anything grouping can place: a box of some height and a character not blank.
    var isVisible: Bool {
        box.width >= 0 && box.height > 0 && !character.isBlank
    }
}
