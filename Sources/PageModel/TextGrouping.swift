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
        var visible: [PlacedGlyph] = []
        visible.reserveCapacity(glyphs.count)
        for glyph in glyphs {
            let placed = PlacedGlyph(glyph)
            if placed.isVisible { visible.append(placed) }
        }
        guard !visible.isEmpty else { return [] }
        let displaySize = settings.displayScale * visible.map(\.fontSize).upperMedian()
        let display = visible.filter { $0.fontSize > displaySize }
        guard !display.isEmpty else { return bands(of: visible, display: false) }
        let ordinary = visible.filter { $0.fontSize <= displaySize }
        return (bands(of: ordinary, display: false) + bands(of: display, display: true)).sorted {
            $0.box.y0 < $1.box.y0
        }
    }

    /// Lines of the glyphs sharing a baseline band, marked as display text or not.
    ///
    /// The glyphs are ordered by sorting their indices, then gathered: a sort moves each element many times, and an
    /// index is a sixth of a glyph's size.
    private func bands(of glyphs: [PlacedGlyph], display: Bool) -> [Line] {
        let order = glyphs.indices.sorted {
            (glyphs[$0].box.midY, glyphs[$0].box.x0) < (glyphs[$1].box.midY, glyphs[$1].box.x0)
        }
        let sorted = order.map { glyphs[$0] }
        var lines: [Line] = []
        // A band is a run of the sorted glyphs: where it starts, the middle and the size of its first glyph.
        var bandStart = 0
        var bandMid = 0.0
        var bandSize = 0.0
        for (index, glyph) in sorted.enumerated() {
            let box = glyph.box
            let startsBand = index == bandStart
            if startsBand || abs(box.midY - bandMid) <= settings.lineBand * max(bandSize, box.height) {
                if startsBand { bandMid = box.midY; bandSize = box.height }
            } else {
                lines.append(line(from: sorted[bandStart..<index], display: display))
                bandStart = index
                bandMid = box.midY
                bandSize = box.height
            }
        }
        if bandStart < sorted.count { lines.append(line(from: sorted[bandStart...], display: display)) }
        return lines.sorted { $0.box.y0 < $1.box.y0 }
    }

    /// One line from the glyphs of one band: sorted left to right, duplicates dropped, split at wide gaps and at
    /// poppler's word breaks.
    private func line(from band: ArraySlice<PlacedGlyph>, display: Bool) -> Line {
        var glyphs = band.sorted { $0.box.x0 < $1.box.x0 }
        dropDuplicates(&glyphs)
        // Word starts are tested twice, first to count them: cheaper than growing the line's words as they come.
        var words: [Word] = []
        words.reserveCapacity(1 + glyphs.indices.dropFirst().count { startsWord(at: $0, in: glyphs) })
        var wordStart = 0
        for index in glyphs.indices.dropFirst() where startsWord(at: index, in: glyphs) {
            appendWords(of: glyphs[wordStart..<index], to: &words)
            wordStart = index
        }
        appendWords(of: glyphs[wordStart...], to: &words)
        // The words' texts run together are the kept glyphs' characters: written in one piece, not joined.
        let length = words.reduce(0) { $0 + $1.text.utf8.count }
        let compactText = words.count == 1 ? words[0].text : text(of: glyphs[...], length: length)
        return Line(words: words, compactText: compactText, isDisplay: display)
    }

    /// Whether the glyph at `index` starts a new word: a gap wider than `GroupingSettings.wordGap` after the glyph
    /// before, or poppler's word break with at least `GroupingSettings.breakGap`.
    private func startsWord(at index: Int, in glyphs: [PlacedGlyph]) -> Bool {
        let last = glyphs[index - 1]
        let glyph = glyphs[index]
        let gap = glyph.box.x0 - last.box.x1
        return gap > settings.wordGap * min(last.fontSize, glyph.fontSize)
            || (glyph.startsWord && gap >= settings.breakGap * max(last.fontSize, glyph.fontSize))
    }

    /// Appends the word of a run of glyphs, or the figures of a run of figures set with no gap (see `FusedFigures`).
    private func appendWords(of run: ArraySlice<PlacedGlyph>, to words: inout [Word]) {
        var start = run.startIndex
        if FusedFigures.mayBeFused(count: run.count, first: run[start].character) {
            for offset in FusedFigures.breaks(in: run.map(\.character)) {
                words.append(word(of: run[start..<(run.startIndex + offset)]))
                start = run.startIndex + offset
            }
        }
        words.append(word(of: run[start...]))
    }

    /// Drops fake-bold duplicates from `glyphs` (left to right): a glyph of the same character within
    /// `GroupingSettings.duplicateDistance` of one of the last four kept. The kept glyphs are moved down in place.
    private func dropDuplicates(_ glyphs: inout [PlacedGlyph]) {
        var kept = 0
        for index in glyphs.indices {
            let glyph = glyphs[index]
            let limit = settings.duplicateDistance * glyph.fontSize
            // Characters first: a scalar is compared as the number it is, and neighbours mostly differ.
            let isDuplicate = glyphs[max(0, kept - 4)..<kept].contains { other in
                other.character == glyph.character && abs(other.box.x0 - glyph.box.x0) <= limit
                    && abs(other.box.y0 - glyph.box.y0) <= limit
            }
            guard !isDuplicate else { continue }
            if kept != index { glyphs[kept] = glyph }
            kept += 1
        }
        glyphs.removeSubrange(kept...)
    }

    /// The word of a run of glyphs: their boxes joined, the largest size, their characters in order.
    private func word(of run: ArraySlice<PlacedGlyph>) -> Word {
        var box = run[run.startIndex].box
        var size = run[run.startIndex].fontSize
        var length = 0
        for glyph in run {
            box = box.union(glyph.box)
            size = max(size, glyph.fontSize)
            length += UTF8.width(glyph.character)
        }
        return Word(text: text(of: run, length: length), box: box, fontSize: size)
    }

    /// The characters of `run`, `length` UTF-8 bytes, written straight into the string's storage: one allocation,
    /// none for up to 15 bytes.
    private func text(of run: ArraySlice<PlacedGlyph>, length: Int) -> String {
        String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            for glyph in run {
                UTF8.encode(glyph.character) { byte in
                    buffer[end] = byte
                    end += 1
                }
            }
            return end
        }
    }
}
