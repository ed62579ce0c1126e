import FoundationEssentials
import PageModel
import PrintedText
import Records

/// The identifying fields of a self-evaluation form (绩效自评表), read from labelled cells.
///
/// Labels and values are cells rebuilt as for table headers (a label wrapped over two lines is one cell).
/// A label prints its value either to its right on the same row (`执行率 | 96.84%`), or as a column header
/// over a row of figures (`全年预算数 | 全年执行数 | 执行率` over `资金总额: 30 30 18.469 …`). In the second
/// form the printed positions of the figures are unreliable (cells shift), so the figures are matched to
/// the bottom header cells in order.
struct PerformanceFields: Sendable {
    var layout: TableLayout
    var settings: SegmentationSettings

    func fields(in regions: [TableRegion]) -> [String: Value]? {
        let rules = (layout.fields ?? []).map { rule in
            var rule = rule
            rule.headers = rule.headers.map(TextFold.key)
            return rule
        }
        var fields: [String: Value] = [:]
        let builder = HeaderCellBuilder(settings: settings)
        // Labels are looked for on single lines first, then as cells wrapped over lines (`绩效自评总` / `得分`):
        // joining wrapped lines everywhere would also join rows of labels printed one under another.
        for region in regions {
            let lines = region.meta + region.header + region.body + region.notes
            fill(&fields, rules: rules, from: builder.pieces(from: lines))
            if rules.contains(where: { fields[$0.key.rawValue] == nil }) {
                fill(&fields, rules: rules, from: builder.cells(from: lines))
            }
            if rules.contains(where: { fields[$0.key.rawValue] == nil }) {
                fill(&fields, rules: rules, from: builder.cells(from: lines), lastResort: true)
            }
        }
        return fields.isEmpty ? nil : fields
    }

    /// Fills the fields still missing from labelled cells, top to bottom.
    /// `lastResort`: also take the number printed right under a label (see `figure(directlyBelow:in:)`).
    private func fill(
        _ fields: inout [String: Value], rules: [FieldRule], from unsorted: [HeaderCell], lastResort: Bool = false
    ) {
        let cells = unsorted.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
        let labels = rules.flatMap(\.headers)
        let isLabel = cells.map { cell in labels.contains { cell.text.includes($0) } }
        for rule in rules where fields[rule.key.rawValue] == nil {
            for (index, label) in cells.enumerated()
            where isLabel[index] && rule.headers.contains(where: { label.text.includes($0) }) {
                let right = cells.indices.filter {
                    cells[$0].box.x0 >= label.box.x1 && overlapsRow(of: label, cells[$0])
                }
                .sorted { cells[$0].box.x0 < cells[$1].box.x0 }.prefix { !isLabel[$0] }.map { cells[$0] }
                if rule.value == .text {
                    let text = right.map(\.printed).joined()
                    if !text.isEmpty { fields[rule.key.rawValue] = .text(text) }
                } else if let number = right.lazy.compactMap({ leadingNumber($0.printed) }).first {
                    fields[rule.key.rawValue] = .number(number)
                } else if let number = figure(under: label, in: cells)
                    ?? (lastResort ? figure(directlyBelow: label, in: cells) : nil)
                {
                    fields[rule.key.rawValue] = .number(number)
                }
                if fields[rule.key.rawValue] != nil { break }
            }
        }
    }

    /// The bottom cells of a header band, left to right. Each cell of a lower header row belongs to the
    /// nearest cell of the row above it, which then spans and is no column of its own; the printed
    /// positions of spanning cells are unreliable in these forms, so nearness, not containment, decides.
    /// A lone cell under a cell it overlaps is that cell's text wrapped (`全年执行` / `数`), no column either:
    /// a spanning cell has two columns under it at least.
    func leaves(of header: [HeaderCell]) -> [HeaderCell] {
        // Brackets or punctuation printed apart from their words (`(` / `)` on a line of their own) name nothing.
        let header = header.filter { cell in
            cell.text.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        }
        let (rows, found) = headerRows(header)
        var wrapped = found
        var spanning: Set<HeaderCell> = []
        var upper: [HeaderCell] = []
        for lower in rows {
            for run in runs(of: lower, under: upper) {
                let middle = run.map(\.center).reduce(0, +) / Double(run.count)
                guard let parent = upper.min(by: { abs($0.center - middle) < abs($1.center - middle) }) else {
                    continue
                }
                if run.count == 1 && run[0].box.horizontalOverlap(parent.box) > 0 {
                    wrapped.insert(run[0])
                } else {
                    spanning.insert(parent)
                }
            }
            let columns = lower.filter { !wrapped.contains($0) }
            if !columns.isEmpty { upper = columns }
        }
        return header.filter { !spanning.contains($0) && !wrapped.contains($0) }.sorted { $0.box.x0 < $1.box.x0 }
    }

    /// The header's cells in rows, top to bottom, and the cells stacked under a cell of their own row (a tall line
    /// box): wrapped text of that cell.
    private func headerRows(_ header: [HeaderCell]) -> (rows: [[HeaderCell]], wrapped: Set<HeaderCell>) {
        var rows: [[HeaderCell]] = []
        var wrapped: Set<HeaderCell> = []
        for cell in header.sorted(by: { $0.box.midY < $1.box.midY }) {
            if let row = rows.last, let last = row.last,
                last.box.verticalOverlap(cell.box) >= settings.sameRowOverlap * min(last.box.height, cell.box.height)
            {
                if row.contains(where: { $0.box.horizontalOverlap(cell.box) > 0 }) {
                    wrapped.insert(cell)
                } else {
                    rows[rows.count - 1].append(cell)
                }
            } else {
                rows.append([cell])
            }
        }
        return (rows, wrapped)
    }

    /// Cells of a lower row with no upper cell's middle clearly between them: the columns of one spanning cell.
    private func runs(of lower: [HeaderCell], under upper: [HeaderCell]) -> [[HeaderCell]] {
        var runs: [[HeaderCell]] = []
        for cell in lower.sorted(by: { $0.center < $1.center }) {
            if let previous = runs.last?.last,
                !upper.contains(where: { parent in
                    parent.center > previous.center + parent.fontSize / 2
                        && parent.center < cell.center - parent.fontSize / 2
                })
            {
                runs[runs.count - 1].append(cell)
            } else {
                runs.append([cell])
            }
        }
        return runs
    }

    /// The number of a cell, also where a form prints a score and its grade in one cell (`59.99差`).
    func leadingNumber(_ text: String) -> Decimal? {
        if let number = PrintedNumber.parse(text) { return number }
        // The leading run of sign, digits, separators and point, to its last digit, and a percent sign after it.
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        if index < scalars.endIndex, scalars[index] == "-" || scalars[index] == "+" {
            index = scalars.index(after: index)
        }
        var end: String.Index?
        while index < scalars.endIndex,
            ("0"..."9").contains(scalars[index]) || scalars[index] == "," || scalars[index] == "."
        {
            let isDigit = ("0"..."9").contains(scalars[index])
            index = scalars.index(after: index)
            if isDigit { end = index }
        }
        guard var end else { return nil }
        if end < scalars.endIndex, scalars[end] == "%" { end = scalars.index(after: end) }
        let grade = text[end...]
        guard grade.count <= settings.maximumGradeLength, !grade.contains(where: \.isNumber) else { return nil }
        return PrintedNumber.parse(String(text[..<end]))
    }

    private func overlapsRow(of label: HeaderCell, _ cell: HeaderCell) -> Bool {
        (cell.box.y0...cell.box.y1).contains(label.box.midY) || (label.box.y0...label.box.y1).contains(cell.box.midY)
    }

    /// The figure printed in the cell right under a label, where the row below holds too few figures to be
    /// matched by order (the other cells of the row blank): the first number below that overlaps the label.
    private func figure(directlyBelow label: HeaderCell, in cells: [HeaderCell]) -> Decimal? {
        let below = cells.filter { $0.box.isBelow(label.box, by: settings.lineStep * label.fontSize) }
            .sorted { $0.box.y0 < $1.box.y0 }
        guard let first = below.first(where: { $0.box.horizontalOverlap(label.box) > 0 }),
            first.box.y0 - label.box.y1 <= Double(settings.figureRowReach) * label.fontSize * 2
        else { return nil }
        return PrintedNumber.parse(first.printed)
    }

    /// The figure under a header cell: the k-th number of the first row of figures below matches the k-th
    /// bottom header cell (`leaves(of:)`).
    private func figure(under label: HeaderCell, in cells: [HeaderCell]) -> Decimal? {
        let below = cells.filter { $0.box.isBelow(label.box, by: settings.lineStep * label.fontSize) }
        let rows = Dictionary(grouping: below) { cell in below.first { overlapsRow(of: $0, cell) }!.box.y0 }
            .sorted { $0.key < $1.key }.prefix(settings.figureRowReach)
        guard
            let figures = rows.first(where: { row in
                row.value.filter { PrintedNumber.parse($0.printed) != nil }.count >= 2
            })?.value
                .sorted(by: { $0.box.x0 < $1.box.x0 })
        else { return nil }
        // Header cells left of the figure row's own label belong to the form's first column (its row labels).
        let rowStart = figures.first?.box.x0 ?? 0
        let top = figures.map(\.box.y0).min() ?? 0
        let header = cells.filter { $0.box.x1 > rowStart && $0.box.midY >= label.box.y0 && $0.box.midY < top }
        let leaves = leaves(of: header)
        let numbers = figures.compactMap { PrintedNumber.parse($0.printed) }
        guard let position = leaves.firstIndex(of: label), position < numbers.count else { return nil }
        return numbers[position]
    }
}
