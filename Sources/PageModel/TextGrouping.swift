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
    ///
    /// The glyphs are sorted and split by their indices: a glyph holds its font's name, and copying it costs
    /// more than comparing it.
    public func lines(from glyphs: [Glyph]) -> [Line] {
        let visible = glyphs.indices.filter {
            glyphs[$0].box.width >= 0 && glyphs[$0].box.height > 0 && !glyphs[$0].character.isBlank
        }
        guard !visible.isEmpty else { return [] }
        let sizes = visible.map { glyphs[$0].fontSize }.sorted()
        let displaySize = settings.displayScale * sizes[sizes.count / 2]
        let display = visible.filter { glyphs[$0].fontSize > displaySize }
        guard !display.isEmpty else { return bands(of: visible, in: glyphs, display: false) }
        let ordinary = visible.filter { glyphs[$0].fontSize <= displaySize }
        return (bands(of: ordinary, in: glyphs, display: false) + bands(of: display, in: glyphs, display: true))
            .sorted { $0.box.y0 < $1.box.y0 }
    }

    /// Lines of the glyphs at `indices` sharing a baseline band, marked as display text or not.
    private func bands(of indices: [Int], in glyphs: [Glyph], display: Bool) -> [Line] {
        let sorted = indices.sorted {
            (glyphs[$0].box.midY, glyphs[$0].box.x0) < (glyphs[$1].box.midY, glyphs[$1].box.x0)
        }
        var lines: [Line] = []
        // A band is a run of the sorted glyphs: where it starts, the middle and the size of its first glyph.
        var bandStart = 0
        var bandMid = 0.0
        var bandSize = 0.0
        for (index, glyphIndex) in sorted.enumerated() {
            let box = glyphs[glyphIndex].box
            let startsBand = index == bandStart
            if startsBand || abs(box.midY - bandMid) <= settings.lineBand * max(bandSize, box.height) {
                if startsBand { bandMid = box.midY; bandSize = box.height }
            } else {
                lines.append(line(from: sorted[bandStart..<index], in: glyphs))
                bandStart = index
                bandMid = box.midY
                bandSize = box.height
            }
        }
        if bandStart < sorted.count { lines.append(line(from: sorted[bandStart...], in: glyphs)) }
        if display { lines = lines.map { Line(words: $0.words, isDisplay: true) } }
        return lines.sorted { $0.box.y0 < $1.box.y0 }
    }

    /// One line from the glyphs of one band (at `band`): sorted left to right, duplicates dropped, split at wide
    /// gaps and at poppler's word breaks.
    func line(from band: ArraySlice<Int>, in glyphs: [Glyph]) -> Line {
        let kept = withoutDuplicates(band.sorted { glyphs[$0].box.x0 < glyphs[$1].box.x0 }, in: glyphs)
        var words: [Word] = []
        // A word is a run of the glyphs, from `wordStart` to the glyph before the one at hand.
        var wordStart = 0
        for index in kept.indices.dropFirst() {
            let last = glyphs[kept[index - 1]]
            let glyph = glyphs[kept[index]]
            let gap = glyph.box.x0 - last.box.x1
            let em = max(last.fontSize, glyph.fontSize)
            if gap > settings.wordGap * min(last.fontSize, glyph.fontSize)
                || (glyph.startsWord && gap >= settings.breakGap * em)
            {
                words += self.words(from: kept[wordStart..<index], in: glyphs)
                wordStart = index
            }
        }
        if !kept.isEmpty { words += self.words(from: kept[wordStart...], in: glyphs) }
        return Line(words: words)
    }

    /// The word of a run of glyphs, or the figures of a run of figures set with no gap (see `FusedFigures`).
    func words(from indices: ArraySlice<Int>, in glyphs: [Glyph]) -> [Word] {
        guard FusedFigures.mayBeFused(count: indices.count, first: glyphs[indices[indices.startIndex]].character)
        else { return [word(from: indices, in: glyphs)] }
        let breaks = FusedFigures.breaks(in: indices.map { glyphs[$0].character })
        guard !breaks.isEmpty else { return [word(from: indices, in: glyphs)] }
        let bounds = [0] + breaks + [indices.count]
        return zip(bounds, bounds.dropFirst()).map { start, end in
            word(from: indices[(indices.startIndex + start)..<(indices.startIndex + end)], in: glyphs)
        }
    }

    /// The indices of `ordered` (left to right) without fake-bold duplicates: a glyph of the same character
    /// within `GroupingSettings.duplicateDistance` of one of the last four kept.
    func withoutDuplicates(_ ordered: [Int], in glyphs: [Glyph]) -> [Int] {
        var kept: [Int] = []
        kept.reserveCapacity(ordered.count)
        for index in ordered {
            let glyph = glyphs[index]
            let limit = settings.duplicateDistance * glyph.fontSize
            // Positions first: comparing characters is the costly test.
            let isDuplicate = kept.suffix(4).contains {
                let other = glyphs[$0]
                return abs(other.box.x0 - glyph.box.x0) <= limit && abs(other.box.y0 - glyph.box.y0) <= limit
                    && other.character == glyph.character
            }
            if !isDuplicate { kept.append(index) }
        }
        return kept
    }

    /// The word of the glyphs at `indices`: their boxes joined, the largest size, their characters in order.
    func word(from indices: ArraySlice<Int>, in glyphs: [Glyph]) -> Word {
        var box = glyphs[indices[indices.startIndex]].box
        var size = glyphs[indices[indices.startIndex]].fontSize
        var text = ScalarText(capacity: indices.count)
        for index in indices {
            let glyph = glyphs[index]
            box = box.union(glyph.box)
            size = max(size, glyph.fontSize)
            text.append(glyph.character)
        }
        return Word(text: text.string, box: box, fontSize: size)
    }
}
