import PageModel
import PrintedText
import Records

/// Keeps table-like regions that no known layout describes as generic grids (`id: unknown`), so that
/// nothing printed is lost. A region is a run of lines that each print several cells, at least one of
/// them an amount, with amounts aligned in columns; its columns are the gaps no word of the region crosses.
struct GenericGrids: Sendable {
    /// Fewer lines than this are not a table.
    static let minimumLines = 3
    /// A line of a table prints at least this many words.
    static let minimumCells = 2
    /// A table has at least this many columns of amounts…
    static let minimumAlignedColumns = 2
    /// …each printed on at least this share of its lines.
    static let alignedShare = 0.5

    func grids(in pages: [(page: Int, lines: [Line])]) -> [Table] {
        var tables: [Table] = []
        for (page, lines) in pages {
            var run: [Line] = []
            var titleLine: Line?
            func flush() {
                if run.count >= Self.minimumLines, hasAlignedColumns(run), let table = grid(run, title: titleLine, page: page) {
                    tables.append(table)
                }
                run = []
            }
            for line in lines {
                if isTabular(line) {
                    run.append(line)
                } else {
                    flush()
                    titleLine = line
                }
            }
            flush()
        }
        return tables
    }

    private func isTabular(_ line: Line) -> Bool {
        line.words.count >= Self.minimumCells && line.words.contains(where: isAmount)
    }

    /// An amount: a number with decimals or thousands separators (a bare integer may be a year or a page).
    private func isAmount(_ word: Word) -> Bool {
        let text = TextNormalization.compact(word.text)
        return (text.includes(".") || text.includes(",")) && PrintedValue.isNumeric(text)
    }

    /// Numbers in prose fall anywhere; a table prints them in columns. A run is a table when at least
    /// `minimumAlignedColumns` right edges of amounts recur, within an em, on most of its lines.
    private func hasAlignedColumns(_ run: [Line]) -> Bool {
        let amounts = run.map { $0.words.filter(isAmount) }
        let edges = amounts.flatMap { $0.map(\.box.x1) }.sorted()
        var columns = 0
        var index = 0
        while index < edges.count {
            let em = run[0].fontSize
            let group = edges[index...].prefix { $0 - edges[index] <= em }
            let linesHit = amounts.filter { line in line.contains { word in group.contains(word.box.x1) } }.count
            if Double(linesHit) >= Self.alignedShare * Double(run.count) { columns += 1 }
            index += group.count
        }
        return columns >= Self.minimumAlignedColumns
    }

    /// The grid of a run, or nil when no gap runs through it (prose, not a table).
    private func grid(_ lines: [Line], title: Line?, page: Int) -> Table? {
        var gaps: [(Double, Double)] = []
        let words = lines.flatMap(\.words).sorted { $0.box.x0 < $1.box.x0 }
        var reach = words.first?.box.x1 ?? 0
        for word in words.dropFirst() {
            if word.box.x0 > reach { gaps.append((reach, word.box.x0)) }
            reach = max(reach, word.box.x1)
        }
        let boundaries = gaps.map { ($0.0 + $0.1) / 2 }
        guard !boundaries.isEmpty else { return nil }
        let rows = lines.map { line -> [String] in
            var cells = Array(repeating: "", count: boundaries.count + 1)
            for word in line.words {
                let column = boundaries.firstIndex { word.box.midX < $0 } ?? boundaries.count
                cells[column] += TextNormalization.compact(word.text)
            }
            return cells
        }
        return Table(id: .unknown, title: title.map(\.compactText) ?? "", pages: [page], rows: rows)
    }
}
