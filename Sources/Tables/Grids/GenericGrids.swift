import PageModel
import PrintedText
import Records

/// Keeps table-like regions that no known layout describes as generic grids (`id: unknown`), so that
/// nothing printed is lost. A region runs from one line of figures to the last one after it, with the lines
/// between kept (code lines, prose cells of a 说明 column); it is a table when its figures stand in aligned
/// columns. Its columns are the gaps that no word of the region crosses.
struct GenericGrids: Sendable {
    var settings: SegmentationSettings

    /// A line of figures with the words of it that are figures, told apart once per page.
    private struct FigureLine {
        var line: Line
        var figures: [Word]
    }

    func grids(in pages: [(page: Int, lines: [Line])]) -> [Table] {
        var tables: [Table] = []
        for (page, lines) in pages {
            for region in regions(of: lines) where hasAlignedColumns(region.figureLines) {
                let title = region.start > 0 ? lines[region.start - 1].compactText : ""
                if let table = grid(region.lines, title: title, page: page) { tables.append(table) }
            }
        }
        return tables
    }

    /// Runs of lines from a line of figures to the last line of figures after it, through lines without figures
    /// that stay clear of the figures' span (prose in a 说明 column) or lie close to a line of figures (a code on
    /// a line of its own above its row, a wrapped name below it).
    private func regions(of lines: [Line]) -> [(start: Int, lines: [Line], figureLines: [FigureLine])] {
        var regions: [(start: Int, lines: [Line], figureLines: [FigureLine])] = []
        let pitch = medianPitch(lines)
        let figures = lines.map { $0.words.filter(isFigure) }
        // For each line, the next line of figures below it.
        var nextFigures = [Int?](repeating: nil, count: lines.count + 1)
        for index in lines.indices.reversed() {
            nextFigures[index] = figures[index].count >= settings.gridMinimumFigures ? index : nextFigures[index + 1]
        }
        var run: (start: Int, last: Int, count: Int, span: Box)?
        func close() {
            if let open = run, open.count >= settings.gridMinimumLines {
                let figureLines = (open.start...open.last).filter { figures[$0].count >= settings.gridMinimumFigures }
                    .map { FigureLine(line: lines[$0], figures: figures[$0]) }
                regions.append((open.start, Array(lines[open.start...open.last]), figureLines))
            }
            run = nil
        }
        for (index, line) in lines.enumerated() {
            if figures[index].count >= settings.gridMinimumFigures {
                let span = figures[index].dropFirst().reduce(figures[index][0].box) { $0.union($1.box) }
                if let open = run {
                    run = (open.start, index, open.count + 1, open.span.union(span))
                } else {
                    run = (index, index, 1, span)
                }
            } else if let open = run, line.box.horizontalOverlap(open.span) > 0 {
                let reach = settings.gridBridgedPitches * max(pitch, line.fontSize)
                let nearLast = line.box.midY - lines[open.last].box.midY <= reach
                let nearNext = nextFigures[index + 1].map { lines[$0].box.midY - line.box.midY <= reach } ?? false
                if !nearLast && !nearNext { close() }
            }
        }
        close()
        return regions
    }

    /// A printed number or a no-value mark standing as a cell of its own.
    private func isFigure(_ word: Word) -> Bool {
        // Most words are names or prose: their first character settles them without copying the text.
        if let first = word.text.unicodeScalars.first(where: { !$0.isBlank }), !PrintedNumber.canStartFigure(first) {
            return false
        }
        let text = word.text.removingBlanks()
        return PrintedValue.isNumeric(text) || PrintedNumber.isAbsentMark(text)
    }

    /// Numbers in prose fall anywhere; a table prints them in columns. Lines are a table when at least
    /// `minimumAlignedColumns` right edges of figures recur, within an em, on most of them.
    ///
    /// The right edges are sorted once, each with the line it ends on, and swept left to right in groups
    /// (an edge and those within an em right of it); a group is a column when it ends figures on enough
    /// distinct lines.
    private func hasAlignedColumns(_ lines: [FigureLine]) -> Bool {
        guard lines.count >= settings.gridMinimumLines else { return false }
        let edges = lines.indices.flatMap { index in lines[index].figures.map { (x: $0.box.x1, line: index) } }
            .sorted { $0.x < $1.x }
        let em = lines.map(\.line.fontSize).sorted()[lines.count / 2]
        // The last group that counted each line, so that a line with two edges in one group counts once.
        var countedIn = [Int](repeating: -1, count: lines.count)
        var columns = 0
        var index = 0
        var group = 0
        while index < edges.count {
            let start = edges[index].x
            var linesHit = 0
            while index < edges.count, edges[index].x - start <= em {
                if countedIn[edges[index].line] != group {
                    countedIn[edges[index].line] = group
                    linesHit += 1
                }
                index += 1
            }
            if Double(linesHit) >= settings.gridAlignedShare * Double(lines.count) { columns += 1 }
            group += 1
        }
        return columns >= settings.gridMinimumAlignedColumns
    }

    /// The grid of a region, or nil when no gap runs through it (prose, not a table).
    private func grid(_ lines: [Line], title: String, page: Int) -> Table? {
        let boundaries = columnBoundaries(lines)
        guard !boundaries.isEmpty else { return nil }
        let rows = lines.map { line -> [String] in
            var cells = Array(repeating: "", count: boundaries.count + 1)
            for word in line.words {
                let column = boundaries.firstIndex { word.box.midX < $0 } ?? boundaries.count
                cells[column] += word.text.removingBlanks()
            }
            return cells
        }
        return Table(id: .unknown, title: title, pages: [page], rows: rows)
    }

    /// Middles of the horizontal gaps that no word crosses.
    private func columnBoundaries(_ lines: [Line]) -> [Double] {
        let words = lines.flatMap(\.words)
        guard let left = words.map(\.box.x0).min(), let right = words.map(\.box.x1).max() else { return [] }
        let em = lines.map(\.fontSize).sorted()[lines.count / 2]
        // Coverage of each x, from the words' start and end events, swept left to right.
        let events = (words.map { ($0.box.x0, 1) } + words.map { ($0.box.x1, -1) }).sorted {
            ($0.0, $0.1) < ($1.0, $1.1)
        }
        var boundaries: [Double] = []
        var depth = 0
        var openGap: Double?
        for (x, change) in events {
            depth += change
            if depth == 0, openGap == nil, x > left, x < right {
                openGap = x
            } else if depth > 0, let start = openGap {
                if x - start >= settings.gridMinimumGap * em { boundaries.append((start + x) / 2) }
                openGap = nil
            }
        }
        return boundaries
    }

    /// The median distance between consecutive lines' middles.
    private func medianPitch(_ lines: [Line]) -> Double {
        let gaps = zip(lines, lines.dropFirst()).map { $1.box.midY - $0.box.midY }.filter { $0 > 0 }.sorted()
        return gaps.isEmpty ? 0 : gaps[gaps.count / 2]
    }
}
