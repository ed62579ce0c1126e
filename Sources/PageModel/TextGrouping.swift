import PrintedText

/// Groups glyphs into lines and words by geometry alone, in a reading order right for Chinese:
/// lines top to bottom, words left to right, no spaces inserted between CJK characters.
///
/// Poppler's own reading order (TextOutputDev's blocks and flows) may reorder table cells,
/// so the grouping starts again from the glyph boxes.
public struct TextGrouping: Sendable {
    public var settings: GroupingSettings

    public init(settings: GroupingSettings = .standard) {
        self.settings = settings
    }

    /// Lines in reading order. Whitespace glyphs and fake-bold duplicates are dropped. Display text (see
    /// `GroupingSettings.displayScale`) is grouped apart from ordinary text.
    public func lines(from glyphs: [Glyph]) -> [Line] {
        let visible = glyphs.filter { $0.box.width >= 0 && $0.box.height > 0 && !$0.character.isBlank }
        guard !visible.isEmpty else { return [] }
        let sizes = visible.map(\.fontSize).sorted()
        let displaySize = settings.displayScale * sizes[sizes.count / 2]
        let display = visible.filter { $0.fontSize > displaySize }
        guard !display.isEmpty else { return bands(of: visible, display: false) }
        return (bands(of: visible.filter { $0.fontSize <= displaySize }, display: false) + bands(of: display, display: true))
            .sorted { $0.box.y0 < $1.box.y0 }
    }

    /// Lines of glyphs sharing a baseline band, marked as display text or not.
    private func bands(of visible: [Glyph], display: Bool) -> [Line] {
        let sorted = visible.sorted { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
        var lines: [Line] = []
        // A band is a run of the sorted glyphs: where it starts, the middle and the size of its first glyph.
        var bandStart = 0
        var bandMid = 0.0
        var bandSize = 0.0
        for (index, glyph) in sorted.enumerated() {
            let startsBand = index == bandStart
            if startsBand || abs(glyph.box.midY - bandMid) <= settings.lineBand * max(bandSize, glyph.box.height) {
                if startsBand { bandMid = glyph.box.midY; bandSize = glyph.box.height }
            } else {
                lines.append(line(from: sorted[bandStart..<index]))
                bandStart = index
                bandMid = glyph.box.midY
                bandSize = glyph.box.height
            }
        }
        if bandStart < sorted.count { lines.append(line(from: sorted[bandStart...])) }
        if display { lines = lines.map { Line(words: $0.words, isDisplay: true) } }
        return lines.sorted { $0.box.y0 < $1.box.y0 }
    }

    /// One line from glyphs of one band: sorted left to right, duplicates dropped, split at wide gaps
    /// and at poppler's word breaks.
    func line(from band: ArraySlice<Glyph>) -> Line {
        let glyphs = withoutDuplicates(band.sorted { $0.box.x0 < $1.box.x0 })
        var words: [Word] = []
        // A word is a run of the glyphs, from `wordStart` to the glyph before the one at hand.
        var wordStart = 0
        for index in glyphs.indices.dropFirst() {
            let last = glyphs[index - 1]
            let glyph = glyphs[index]
            let gap = glyph.box.x0 - last.box.x1
            let em = max(last.fontSize, glyph.fontSize)
            if gap > settings.wordGap * min(last.fontSize, glyph.fontSize) || (glyph.startsWord && gap >= settings.breakGap * em) {
                words.append(word(from: glyphs[wordStart..<index]))
                wordStart = index
            }
        }
        if !glyphs.isEmpty { words.append(word(from: glyphs[wordStart...])) }
        return Line(words: words)
    }

    func withoutDuplicates(_ glyphs: [Glyph]) -> [Glyph] {
        var kept: [Glyph] = []
        kept.reserveCapacity(glyphs.count)
        for glyph in glyphs {
            let limit = settings.duplicateDistance * glyph.fontSize
            // Positions first: comparing characters is the costly test.
            let isDuplicate = kept.reversed().prefix(4).contains {
                abs($0.box.x0 - glyph.box.x0) <= limit && abs($0.box.y0 - glyph.box.y0) <= limit
                    && $0.character == glyph.character
            }
            if !isDuplicate { kept.append(glyph) }
        }
        return kept
    }

    func word(from glyphs: ArraySlice<Glyph>) -> Word {
        var box = glyphs[glyphs.startIndex].box
        var size = glyphs[glyphs.startIndex].fontSize
        var text = String.UnicodeScalarView()
        for glyph in glyphs {
            box = box.union(glyph.box)
            size = max(size, glyph.fontSize)
            text.append(glyph.character)
        }
        return Word(text: String(text), box: box, fontSize: size)
    }
}
