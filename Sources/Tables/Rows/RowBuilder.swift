import PageModel
import PrintedText

/// Turns body lines into rows, by where the lines stand rather than the order producers wrote them in. Lines
/// that fill different columns are one row when they lie within `SegmentationSettings.sharedBand` (any line) or a
/// row pitch (lines with figures) of each other: cells of one row set at different heights. A line that prints only
/// text continues a cell whose line above ran full to its column's edge; otherwise, in coded tables it joins the
/// nearest row with a code or a number, and in two-sided and statistics tables, where text-only rows are real
/// rows, it joins its neighbour only when closer than a row pitch (`SegmentationSettings.continuationPitch`).
struct RowBuilder: Sendable {
    var model: ColumnModel
    var settings: SegmentationSettings
    var totalLabels: [String]

    /// Rows of the columns in `group` (nil: all columns).
    func rows(from lines: [(page: Int, line: Line)], group: Int? = nil, textRowsAreReal: Bool) -> [BodyRow] {
        var lineRows: [(row: BodyRow, anchored: Bool, em: Double)] = []
        for (page, line) in lines {
            var cells: [Int: [Word]] = [:]
            for word in line.words {
                guard let index = model.column(for: word) else { continue }
                if let group, model.columns[index].group != group { continue }
                cells[index, default: []].append(word)
            }
            guard !cells.isEmpty else { continue }
            let row = BodyRow(page: page, cells: cells, midY: line.box.midY)
            lineRows.append((row, isAnchored(row), line.fontSize))
        }
        let edges = rightEdges(lineRows.map(\.row))
        let pitch = rowPitch(lineRows, lines: lines.map(\.line))
        let near = settings.continuationPitch * pitch
        var rows: [BodyRow] = []
        var pending: [BodyRow] = []
        func append(_ row: BodyRow) {
            var row = row
            pending.forEach { row.absorb($0) }
            pending = []
            rows.append(row)
        }
        for (index, entry) in lineRows.enumerated() {
            // Cells of one row printed at different heights (a code centred against a two-line name, figures set
            // higher than their item) come apart as lines that fill different columns: closer than a row pitch
            // for anchored lines, within `sharedBand` for any.
            if let last = rows.last, pending.isEmpty, last.page == entry.row.page,
               entry.row.midY - last.midY < (entry.anchored ? max(near, settings.sharedBand * entry.em) : settings.sharedBand * entry.em),
               Set(last.cells.keys).isDisjoint(with: entry.row.cells.keys) {
                rows[rows.count - 1].absorb(entry.row)
                continue
            }
            if entry.anchored {
                // A name wrapped over three lines in a tall row prints its figures beside its middle line: that line
                // continues the text-only row just above (one line's spacing) whose line ran full.
                if let last = rows.last, pending.isEmpty, last.page == entry.row.page, isTextOnly(last),
                   entry.row.midY - last.midY <= settings.wrappedLineSpacing * entry.em,
                   !startsItem(entry.row), let text = textCells(of: entry.row),
                   continuesWrapped(text, last, em: entry.em, edges: edges) {
                    rows[rows.count - 1].absorb(entry.row)
                } else {
                    append(entry.row)
                }
                continue
            }
            let previous = index > 0 ? lineRows[index - 1].row : nil
            let next = index + 1 < lineRows.count ? lineRows[index + 1].row : nil
            let samePage = previous?.page == entry.row.page
            let gapAbove = samePage ? entry.row.midY - previous!.midY : .infinity
            let gapBelow = next.map { $0.midY - entry.row.midY } ?? .infinity
            let wraps = samePage && !startsItem(entry.row) && rows.last.map { continuesWrapped(entry.row, $0, em: entry.em, edges: edges) } == true
            if wraps {
                rows[rows.count - 1].absorb(entry.row)
            } else if textRowsAreReal && (min(gapAbove, gapBelow) >= near || startsItem(entry.row)) {
                append(entry.row)
            } else if previous != nil, !samePage {
                // The first line of a continuation page: the end of a row split by the page break,
                // unless it sits tight against the row below it.
                if gapBelow >= near, !rows.isEmpty { rows[rows.count - 1].absorb(entry.row) } else { pending.append(entry.row) }
            } else if gapAbove <= gapBelow, !rows.isEmpty {
                rows[rows.count - 1].absorb(entry.row)
            } else {
                pending.append(entry.row)
            }
        }
        if !pending.isEmpty {
            if rows.isEmpty { rows = pending } else { pending.forEach { rows[rows.count - 1].absorb($0) } }
        }
        return rows
    }

    /// Whether the text-only `row` is the rest of a name wrapped in `above`: each of its cells starts where the
    /// cell above starts or is centred under it, and that cell's text ran to the right edge of its column (a line
    /// breaks only when full).
    private func continuesWrapped(_ row: BodyRow, _ above: BodyRow, em: Double, edges: [Int: Double]) -> Bool {
        row.cells.allSatisfy { index, words in
            guard let first = words.first, let upper = above.cells[index], let start = upper.first, let end = upper.last,
                  let edge = edges[index] else { return false }
            let leftAligned = abs(first.box.x0 - start.box.x0) <= settings.wrapAlignment * em
            let centred = abs(Self.middle(words) - Self.middle(upper)) <= settings.wrapAlignment * em
            return (leftAligned || centred) && end.box.x1 >= edge - settings.fullLineSlack * em
        }
    }

    private func isTextOnly(_ row: BodyRow) -> Bool {
        row.cells.keys.allSatisfy { model.columns[$0].value == .text }
    }

    /// The row's cells in text columns, nil when it has none.
    private func textCells(of row: BodyRow) -> BodyRow? {
        var text = row
        text.cells = row.cells.filter { model.columns[$0.key].value == .text }
        return text.cells.isEmpty ? nil : text
    }

    private static func middle(_ words: [Word]) -> Double {
        ((words.map(\.box.x0).min() ?? 0) + (words.map(\.box.x1).max() ?? 0)) / 2
    }

    /// The right edge of the text of each column: the furthest any of its cells reaches.
    private func rightEdges(_ rows: [BodyRow]) -> [Int: Double] {
        var edges: [Int: Double] = [:]
        for row in rows {
            for (index, words) in row.cells where model.columns[index].value == .text {
                if let right = words.map(\.box.x1).max() { edges[index] = max(edges[index] ?? right, right) }
            }
        }
        return edges
    }

    /// Whether the row's first text starts a new item: an enumerator (一、, (二), 3.) or a total label.
    private func startsItem(_ row: BodyRow) -> Bool {
        guard let first = row.cells.values.flatMap({ $0 }).min(by: { $0.box.x0 < $1.box.x0 }) else { return false }
        let text = first.text.removingBlanks()
        return totalLabels.contains(text) || TextFold.startsWithEnumerator(text)
    }

    /// A row is anchored by a code or number in a non-text column, or a total label.
    private func isAnchored(_ row: BodyRow) -> Bool {
        for (index, _) in row.cells {
            let column = model.columns[index]
            guard let text = row.text(index) else { continue }
            if column.value != .text { return true }
            if totalLabels.contains(text) { return true }
        }
        return false
    }

    /// The distance from one printed row to the next. Cells of one row set at different heights, and names
    /// wrapped over lines, come apart as several lines closer than rows: where rows print codes (one a row) the
    /// median distance between lines with codes, else between lines that start items, else between any lines.
    private func rowPitch(_ rows: [(row: BodyRow, anchored: Bool, em: Double)], lines: [Line]) -> Double {
        let coded = rows.filter { entry in entry.row.cells.keys.contains { model.columns[$0].value == .code } }
        if coded.count >= settings.pitchSamples { return medianPitch(coded.map(\.row.midY)) }
        // Two-sided tables: items start rows (一、…, 合计), with or without figures.
        let items = rows.filter { startsItem($0.row) }
        if items.count >= settings.pitchSamples { return medianPitch(items.map(\.row.midY)) }
        return medianPitch(lines.map(\.box.midY))
    }

    /// The median distance between consecutive middles, on one page.
    private func medianPitch(_ middles: [Double]) -> Double {
        let gaps = zip(middles, middles.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }.sorted()
        return gaps.isEmpty ? .infinity : gaps[gaps.count / 2]
    }
}
