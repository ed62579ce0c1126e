import PageModel
import PrintedText

/// One printed header cell: its words joined across the lines it wraps over.
struct HeaderCell: Sendable, Hashable {
    /// Normalised text (`TextFold.key`).
    var text: String
    /// The text as printed, whitespace removed.
    var printed: String
    var box: Box
    var fontSize: Double

    var center: Double { box.midX }
}

/// Rebuilds header cells from the words of the header lines, with no ruling lines to go by:
/// words close on one line are one cell (a number always stands alone), and a line wrapped inside a cell (centred or left-aligned under
/// the line above, not wider than it) joins that cell.
struct HeaderCellBuilder: Sendable {
    var settings: SegmentationSettings
    /// Texts that name a column on their own (类 / 款 / 项 under a spanning 科目编码): such a piece heads its own
    /// column and never continues the cell above it, however centred under it.
    var namesColumn: @Sendable (String) -> Bool = { _ in false }
    /// Texts that label a group of columns (人员经费 / 公用经费 over 科目代码 / 科目名称 / 决算数): such a label is
    /// one line spanning the cells under it, so a piece under it starts a cell of its own, however centred.
    var labelsGroup: @Sendable (String) -> Bool = { _ in false }
    /// Whether letter-spaced words are closed up (`closingLetterSpacing`): table headers; a form's fields hold
    /// single-character values beside each other.
    var closesLetterSpacing = false
    /// Texts that are a header word of the layout (项目, 合计): single characters spread wider than letter
    /// spacing still close up when together they spell one.
    var spellsHeader: @Sendable (String) -> Bool = { _ in false }
    /// The amount column a text names on its own (一般公共预算 → general_budget), if any: two tight words naming
    /// two different amount columns are two cells.
    var amountColumn: @Sendable (String) -> ColumnKey? = { _ in nil }

    func cells(from lines: [Line]) -> [HeaderCell] {
        stacked(pieces(from: lines))
    }

    /// Cells of one line each: words close on a line joined, wrapped lines not yet joined. Two close words that
    /// each wrap onto a piece of their own (一般公共预 / 算 beside 政府性基金 / 预算), or each continue a piece of
    /// their own above, or that name two different amount columns, are two cells set tight.
    func pieces(from lines: [Line]) -> [HeaderCell] {
        var pieces: [HeaderCell] = []
        for line in lines {
            let reach = settings.centredRowStackDistance * line.fontSize
            let neighbours = lines.filter { $0.box.midY != line.box.midY && abs($0.box.midY - line.box.midY) <= reach }
                .flatMap(\.words)
            var current: HeaderCell?
            var last: Word?
            let words =
                closesLetterSpacing
                ? closingLetterSpacing(spelledHeaders(line.words), among: neighbours) : line.words
            for word in words {
                if var open = current, let previous = last,
                    word.box.x0 - open.box.x1 <= settings.headerJoinGap * word.fontSize,
                    !PrintedValue.isNumeric(open.printed), !PrintedValue.isNumeric(word.text),
                    !(standsOnItsOwn(previous, beside: word, among: neighbours)
                        && standsOnItsOwn(word, beside: previous, among: neighbours)),
                    !namesTwoColumns(previous, word)
                {
                    open.text += TextFold.key(word.text)
                    open.printed += word.text.removingBlanks()
                    open.box = open.box.union(word.box)
                    current = open
                } else {
                    if let open = current { pieces.append(open) }
                    current = HeaderCell(
                        text: TextFold.key(word.text), printed: word.text.removingBlanks(),
                        box: word.box, fontSize: word.fontSize)
                }
                last = word
            }
            if let open = current { pieces.append(open) }
        }
        return pieces
    }

    /// Whether two words each name an amount column of their own, two different ones (一般公共预算 政府性基金预算).
    private func namesTwoColumns(_ left: Word, _ right: Word) -> Bool {
        guard let first = amountColumn(TextFold.key(left.text)), let second = amountColumn(TextFold.key(right.text))
        else { return false }
        return first != second
    }

    /// Whether a word of a line above or below sits centred on `word` and not on `word` and `neighbour` together:
    /// another line of `word`'s own cell.
    private func standsOnItsOwn(_ word: Word, beside neighbour: Word, among pieces: [Word]) -> Bool {
        let reach = settings.wrapAlignment * word.fontSize
        let pair = word.box.union(neighbour.box)
        return pieces.contains { piece in
            abs(piece.box.midX - word.box.midX) <= reach && abs(piece.box.midX - pair.midX) > reach
                && piece.box.width <= word.box.width + settings.wrapWidthSlack * word.fontSize
                && !PrintedValue.isNumeric(piece.text)
        }
    }

    /// Single characters spread over a wide cell (`项        目`) that together spell a header word of the layout,
    /// each within `spelledWordGap` ems of the next, are that word.
    func spelledHeaders(_ words: [Word]) -> [Word] {
        let isSingle = { (word: Word) in word.text.unicodeScalars.count == 1 && !PrintedValue.isNumeric(word.text) }
        var result: [Word] = []
        var index = 0
        while index < words.count {
            var end = index
            var spelled: Int?
            while isSingle(words[index]), end + 1 < words.count, isSingle(words[end + 1]),
                words[end + 1].box.x0 - words[end].box.x1 <= settings.spelledWordGap * words[end].fontSize
            {
                end += 1
                if spellsHeader(words[index...end].map { TextFold.key($0.text) }.joined()) { spelled = end }
            }
            guard let last = spelled else {
                result.append(words[index])
                index += 1
                continue
            }
            let run = words[index...last]
            let box = run.dropFirst().reduce(run.first!.box) { $0.union($1.box) }
            result.append(Word(text: run.map(\.text).joined(), box: box, fontSize: run.first!.fontSize))
            index = last + 1
        }
        return result
    }

    /// A short header spread over its cell (`项   目`, `合   计`) prints each character as a word of its own: a run
    /// of single characters on one line, each within `letterSpacingGap` ems of the next, is one word — unless
    /// every one of them names a column on its own (`类  款  项`), or each is the last line of a cell of its own
    /// (预算 / 数 beside 决算 / 数: a piece of `neighbours`, the lines above and below, centred on each).
    func closingLetterSpacing(_ words: [Word], among neighbours: [Word] = []) -> [Word] {
        var result: [Word] = []
        var run: [Word] = []
        func close() {
            let ownCells = zip(run, run.dropFirst()).allSatisfy { left, right in
                standsOnItsOwn(left, beside: right, among: neighbours)
                    && standsOnItsOwn(right, beside: left, among: neighbours)
            }
            if run.count > 1 && !run.allSatisfy({ namesColumn(TextFold.key($0.text)) }) && !ownCells {
                let box = run.dropFirst().reduce(run[0].box) { $0.union($1.box) }
                result.append(Word(text: run.map(\.text).joined(), box: box, fontSize: run[0].fontSize))
            } else {
                result += run
            }
            run = []
        }
        for word in words {
            let single = word.text.unicodeScalars.count == 1 && !PrintedValue.isNumeric(word.text)
            if single, let last = run.last, word.box.x0 - last.box.x1 > settings.letterSpacingGap * word.fontSize {
                close()
            }
            if single {
                run.append(word)
            } else {
                close()
                result.append(word)
            }
        }
        close()
        return result
    }

    /// Joins each piece to the piece it continues, top to bottom.
    private func stacked(_ pieces: [HeaderCell]) -> [HeaderCell] {
        let sorted = pieces.sorted { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
        var cells: [HeaderCell] = []
        /// The last line of each cell, which a wrapped continuation must sit under.
        var lastLine: [HeaderCell] = []
        for piece in sorted {
            if let index = lastLine.indices.last(where: {
                !labelsGroup(cells[$0].text) && continues(piece, lastLine[$0], cell: cells[$0], among: sorted)
            }) {
                cells[index].text += piece.text
                cells[index].printed += piece.printed
                cells[index].box = cells[index].box.union(piece.box)
                lastLine[index] = piece
            } else {
                cells.append(piece)
                lastLine.append(piece)
            }
        }
        return cells
    }

    /// Whether the lines of a two-line cell are spaced by its row: a one-line cell of another column sits halfway
    /// between them, and nothing between them in their own column.
    private func spacedByTheRow(
        _ lower: HeaderCell, under upper: HeaderCell, among pieces: [HeaderCell], em: Double
    )
        -> Bool
    {
        let middle = (upper.box.midY + lower.box.midY) / 2
        let between = pieces.filter { $0.box.midY > upper.box.midY && $0.box.midY < lower.box.midY }
        let oneLineCell = { (piece: HeaderCell) in
            !pieces.contains { other in
                other != piece && other.box.x1 > piece.box.x0 && other.box.x0 < piece.box.x1
                    && abs(other.box.midY - piece.box.midY) <= settings.headerStackDistance * em
            }
        }
        return between.contains { abs($0.box.midY - middle) <= settings.centredRowSlack * em && oneLineCell($0) }
            && !between.contains { $0.box.x1 > upper.box.x0 && $0.box.x0 < upper.box.x1 }
    }

    /// Whether `lower` continues the cell whose last line is `upper`: close below it (or a line further where its
    /// row spaces it, see `spacedByTheRow`), centred or left-aligned
    /// under it, and not wider than the cell's widest line (a short middle line, 对附属单位 / 补 / 助支出, sets no
    /// bound) unless the two spell a header word of the layout (一般 / 公共预算: a short first line).
    private func continues(
        _ lower: HeaderCell, _ upper: HeaderCell, cell: HeaderCell, among pieces: [HeaderCell]
    )
        -> Bool
    {
        guard !namesColumn(lower.text) else { return false }
        let em = max(lower.fontSize, upper.fontSize)
        let distance = lower.box.midY - upper.box.midY
        guard distance > settings.verticalSlack * em,
            distance <= settings.headerStackDistance * em
                || (distance <= settings.centredRowStackDistance * em
                    && !spellsHeader(lower.text) && spacedByTheRow(lower, under: upper, among: pieces, em: em))
        else { return false }
        let centred = abs(lower.center - upper.center) <= settings.wrapAlignment * em
        let leftAligned = abs(lower.box.x0 - upper.box.x0) <= settings.wrapAlignment * em / 2
        let fits = lower.box.width <= max(upper.box.width, cell.box.width) + settings.wrapWidthSlack * em
        return (centred || leftAligned) && (fits || spellsHeader(cell.text + lower.text))
    }
}
