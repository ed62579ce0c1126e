import PageModel
import Records

/// Explains the regions of one located table on one page, by running the engine's own stages again: the runs
/// `TableBuilder` reads, `RowBuilder.rows` for each of the shape's row readings, `ColumnModel.assignment` for
/// each body word.
struct TableExplainer: Sendable {
    typealias Run = (model: ColumnModel, headerCells: [HeaderCell], body: [(page: Int, line: Line)])

    var catalogue: LayoutCatalogue
    var settings: SegmentationSettings
    var page: Int

    /// Each region of `found` on the page, explained.
    func explain(_ found: FoundTable) -> [ExplainedTable] {
        let runs = TableBuilder(catalogue: catalogue, settings: settings).runs(of: found)
        return found.regions.filter { $0.region.page == page }.map { entry in
            let run = runs.first { run in
                run.body.contains { $0.page == page && $0.line == entry.region.body.first }
            }
            return explain(found, region: entry.region, run: run ?? (entry.model, entry.headerCells, []))
        }
    }

    private func explain(_ found: FoundTable, region: TableRegion, run: Run) -> ExplainedTable {
        let here = Set(region.body.flatMap(\.words))
        let (rows, rowOf) = rows(of: run, shape: found.layout.shape, on: here)
        let words = region.body.flatMap(\.words).map { word in
            let assignment = run.model.assignment(for: word)
            return WordDecision(
                word: word, column: assignment?.column, rule: assignment?.rule.rawValue, row: rowOf[word])
        }
        let lines = region.meta + region.header + region.body + region.notes
        return ExplainedTable(
            id: found.layout.kind, number: found.number, title: found.title, isForm: found.layout.shape == .performance,
            pages: found.pages,
            headerEnd: region.headerEnd?.rawValue, continuedBy: region.continuedBy?.rawValue,
            headerCarried: Self.carriesHeader(region.continuedBy), box: Self.union(lines.map(\.box)),
            header: region.header, notes: region.notes, columns: run.model.columns.map(Self.explained), rows: rows,
            words: words)
    }

    /// Whether the rule reads the page with the columns of the page before (no header of its own).
    private static func carriesHeader(_ rule: ContinuationRule?) -> Bool {
        [.figuresFitColumns, .itemsGoOn, .formRunsOn].contains(rule)
    }

    private static func explained(_ column: Column) -> ExplainedColumn {
        ExplainedColumn(
            key: column.key.description, header: column.header.printed, anchor: column.center,
            headerBox: column.header.box, value: column.value, group: column.group,
            measure: column.measure?.rawValue)
    }

    /// The rows the engine makes of `run` that have a word in `here`, their bands as far as they lie on this
    /// page, and the row of each such word.
    private func rows(
        of run: Run, shape: TableLayout.Shape, on here: Set<Word>
    )
        -> (rows: [ExplainedRow], rowOf: [Word: Int])
    {
        let builder = RowBuilder(model: run.model, settings: settings, totalLabels: catalogue.totalLabels)
        // Words are values: the same furniture (a page number's dashes) printed on other pages of the run is equal
        // to this page's, so a row anchored on another page claims only words printed on no other.
        let elsewhere = Set(run.body.filter { $0.page != page }.flatMap(\.line.words))
        var rows: [ExplainedRow] = []
        var rowOf: [Word: Int] = [:]
        for reading in shape.rowReadings(of: run.model) {
            for row in builder.rows(from: run.body, group: reading.group, textRowsAreReal: reading.textRowsAreReal) {
                let words = row.cells.values.flatMap { $0 }.filter { word in
                    here.contains(word) && (row.page == page || !elsewhere.contains(word))
                }
                guard let band = Self.union(words.map(\.box)) else { continue }
                let number = rows.count + 1
                for word in words { rowOf[word] = number }
                rows.append(
                    ExplainedRow(number: number, group: reading.group, band: band, rules: row.rules.map(\.rawValue)))
            }
        }
        return (Self.widened(rows), rowOf)
    }

    /// Each band widened to the words of every row of its group: a row reaches across its table (or its side).
    private static func widened(_ rows: [ExplainedRow]) -> [ExplainedRow] {
        var spans: [Int?: Box] = [:]
        for row in rows { spans[row.group] = spans[row.group].map { $0.union(row.band) } ?? row.band }
        return rows.map { row in
            var row = row
            if let span = spans[row.group] {
                row.band = Box(x0: span.x0, y0: row.band.y0, x1: span.x1, y1: row.band.y1)
            }
            return row
        }
    }

    static func union(_ boxes: [Box]) -> Box? {
        guard let first = boxes.first else { return nil }
        return boxes.dropFirst().reduce(first) { $0.union($1) }
    }
}
