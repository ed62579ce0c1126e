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

    /// Rows of the columns in `group` (nil: all columns), each with the rules that made it.
    func rows(from lines: [(page: Int, line: Line)], group: Int? = nil, textRowsAreReal: Bool) -> [BodyRow] {
        let lineRows = self.lineRows(from: lines, group: group)
        let edges = rightEdges(lineRows.map(\.row))
        let near = settings.continuationPitch * rowPitch(lineRows, lines: lines.map(\.line))
        var rows: [BodyRow] = []
        var pending: [BodyRow] = []
        for (index, line) in lineRows.enumerated() {
            let context = RowJoinContext(
                line: line, previous: index > 0 ? lineRows[index - 1].row : nil,
                next: index + 1 < lineRows.count ? lineRows[index + 1].row : nil, lastRow: rows.last,
                waiting: !pending.isEmpty, near: near, edges: edges, textRowsAreReal: textRowsAreReal)
            var row = line.row
            let (join, rule) = decide(context)
            row.rules = [rule]
            switch join {
            case .joinAbove: rows[rows.count - 1].absorb(row)
            case .waitForRowBelow: pending.append(row)
            case .startRow:
                pending.forEach { row.absorb($0) }
                pending = []
                rows.append(row)
            }
        }
        if !pending.isEmpty {
            if rows.isEmpty { rows = pending } else { pending.forEach { rows[rows.count - 1].absorb($0) } }
        }
        return rows
    }

    /// The body lines read as cells of the columns in `group`; lines with no cell there are left out.
    private func lineRows(from lines: [(page: Int, line: Line)], group: Int?) -> [LineRow] {
        lines.compactMap { page, line in
            var cells: [Int: [Word]] = [:]
            for word in line.words {
                guard let index = model.column(for: word) else { continue }
                if let group, model.columns[index].group != group { continue }
                cells[index, default: []].append(word)
            }
            guard !cells.isEmpty else { return nil }
            let row = BodyRow(page: page, cells: cells, midY: line.box.midY)
            return LineRow(row: row, anchored: isAnchored(row), em: line.fontSize)
        }
    }

    /// The first rule's answer for a line.
    func decide(_ context: RowJoinContext) -> (RowJoin, RowJoinRule) {
        for rule in RowJoinRule.allCases {
            if let join = apply(rule, context) { return (join, rule) }
        }
        return (.waitForRowBelow, .rowBelow)
    }

    /// The rule's answer for a line, or nil when it does not apply.
    func apply(_ rule: RowJoinRule, _ context: RowJoinContext) -> RowJoin? {
        let line = context.line
        switch rule {
        case .sharedBand:
            guard let last = context.lastRow, !context.waiting, last.page == line.row.page else { return nil }
            let band = settings.sharedBand * line.em
            let reach = line.anchored ? max(context.near, band) : band
            return line.row.midY - last.midY < reach && fillsOtherCells(line.row, of: last, context: context)
                ? .joinAbove : nil
        case .figuresBesideWrappedName:
            guard line.anchored, let last = context.lastRow, !context.waiting, last.page == line.row.page,
                isTextOnly(last), line.row.midY - last.midY <= settings.wrappedLineSpacing * line.em,
                !startsItem(line.row), let text = textCells(of: line.row)
            else { return nil }
            return continuesWrapped(text, last, em: line.em, edges: context.edges) ? .joinAbove : nil
        case .anchoredLineStartsRow:
            return line.anchored ? .startRow : nil
        case .wrappedCell:
            guard context.samePage, !startsItem(line.row), let last = context.lastRow,
                context.gapAbove <= settings.wrappedLineSpacing * line.em
            else { return nil }
            return continuesWrapped(line.row, last, em: line.em, edges: context.edges) ? .joinAbove : nil
        case .textRowsAreReal:
            guard context.textRowsAreReal else { return nil }
            return min(context.gapAbove, context.gapBelow) >= context.near || startsItem(line.row) ? .startRow : nil
        case .pageBreakTail:
            guard context.previous != nil, !context.samePage else { return nil }
            return context.gapBelow >= context.near && context.lastRow != nil ? .joinAbove : .waitForRowBelow
        case .nearerRowAbove:
            return context.gapAbove <= context.gapBelow && context.lastRow != nil ? .joinAbove : nil
        case .rowBelow:
            return .waitForRowBelow
        }
    }

    /// Whether the text-only `row` is the rest of a name wrapped in `above`: each of its cells starts where the
    /// cell above starts or is centred under it, and that cell's text ran to the right edge of its column (a line
    /// breaks only when full).
    private func continuesWrapped(_ row: BodyRow, _ above: BodyRow, em: Double, edges: [Int: Double]) -> Bool {
        row.cells.allSatisfy { index, words in
            guard let first = words.first, let upper = above.cells[index], let start = upper.first,
                let end = upper.last,
                let edge = edges[index]
            else { return false }
            let leftAligned = abs(first.box.x0 - start.box.x0) <= settings.wrapAlignment * em
            let centred = abs(Self.middle(words) - Self.middle(upper)) <= settings.wrapAlignment * em
            return (leftAligned || centred) && end.box.x1 >= edge - settings.fullLineSlack * em
        }
    }

    /// Whether `row` fills cells `last` leaves empty, but for the rest of a name whose line in `last` ran full (a
    /// code printed level with a name's second line, under figures set beside its first; the second line may
    /// start left of an indented first).
    private func fillsOtherCells(_ row: BodyRow, of last: BodyRow, context: RowJoinContext) -> Bool {
        Set(last.cells.keys).intersection(row.cells.keys).allSatisfy { index in
            guard model.columns[index].value == .text, let end = last.cells[index]?.last,
                let edge = context.edges[index]
            else { return false }
            return end.box.x1 >= edge - settings.fullLineSlack * context.line.em
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
    private func rowPitch(_ rows: [LineRow], lines: [Line]) -> Double {
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
