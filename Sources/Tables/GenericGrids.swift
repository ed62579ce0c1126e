import PageModel
import Records

/// Keeps table-like regions that no known layout describes as generic grids (`id: unknown`), so that
/// nothing printed is lost. A region is a run of lines that each print several cells, at least one of
/// them an amount; its columns are the gaps that no word of the region crosses.
struct GenericGrids: Sendable {
    /// Fewer lines than this are not a table.
    static let minimumLines = 3
    /// A line of a table prints at least this many words.
    static let minimumCells = 2

    func grids(in pages: [(page: Int, lines: [Line])]) -> [Table] {
        var tables: [Table] = []
        for (page, lines) in pages {
            var run: [Line] = []
            var titleLine: Line?
            func flush() {
                if run.count >= Self.minimumLines { tables.append(grid(run, title: titleLine, page: page)) }
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
        line.words.count >= Self.minimumCells && line.words.contains { word in
            let text = TextNormalization.compact(word.text)
            return text.contains(".") && PrintedValue.isNumeric(text)
        }
    }

    private func grid(_ lines: [Line], title: Line?, page: Int) -> Table {
        var gaps: [(Double, Double)] = []
        let words = lines.flatMap(\.words).sorted { $0.box.x0 < $1.box.x0 }
        var reach = words.first?.box.x1 ?? 0
        for word in words.dropFirst() {
            if word.box.x0 > reach { gaps.append((reach, word.box.x0)) }
            reach = max(reach, word.box.x1)
        }
        let boundaries = gaps.map { ($0.0 + $0.1) / 2 }
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
