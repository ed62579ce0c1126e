import PageModel
import PrintedText
import Records

/// Walks the pages, finds titles of known tables, and follows each table over the pages it continues on.
struct TableLocator: Sendable {
    var catalogue: LayoutCatalogue
    var settings: SegmentationSettings

    /// The tables found, and the page lines that belong to none (prose, unknown tables), by page.
    func locate(in pages: [Page]) -> (tables: [FoundTable], loose: [(page: Int, lines: [Line])]) {
        let finder = TitleFinder(catalogue: catalogue, settings: settings)
        var tables: [FoundTable] = []
        var loose: [(page: Int, lines: [Line])] = []
        var open: Int?
        var orphan: (match: TitleMatch, meta: [Line])?
        for page in pages {
            let titles = titles(on: page, finder: finder)
            let accepted = titledTables(titles, on: page)
            // Only a last title that heads no table here may be left at the foot.
            let footTitle = titles.last.flatMap { last in
                accepted.last?.start == last.start ? nil : orphanedTitle(last, on: page)
            }
            var leading = Array(page.lines[0..<(accepted.first?.start ?? footTitle?.start ?? page.lines.count)])
            // A title left at the foot of the page before heads the table the top of this page prints.
            if let title = orphan, !leading.isEmpty,
                let table = table(titled: title.match, lines: title.meta + leading, page: page.number)
            {
                tables.append(table)
                open = tables.count - 1
                leading = []
            }
            orphan = footTitle.map { ($0.match, $0.meta) }
            if let openIndex = open, !tables[openIndex].closed, !leading.isEmpty,
                var continued = continuation(of: tables[openIndex], lines: leading, page: page)
            {
                continued.region.continuedBy = continued.rule
                tables[openIndex].regions.append((continued.region, continued.model, continued.headerCells))
                leading = []
            }
            if !leading.isEmpty {
                loose.append((page.number, leading))
                if leading.count > settings.pageFurnitureLines { open = nil }
            }
            for (k, entry) in accepted.enumerated() {
                place(entry, first: k == 0, page: page.number, in: &tables, open: &open)
            }
        }
        return (tables, loose)
    }

    /// Adds a titled table: to the open one where it continues it, else as a new open table.
    private func place(
        _ entry: (start: Int, table: FoundTable, continued: Bool), first: Bool, page: Int,
        in tables: inout [FoundTable], open: inout Int?
    ) {
        if let openIndex = open, let rule = continues(tables[openIndex], with: entry, first: first, page: page) {
            var regions = entry.table.regions
            regions[0].region.continuedBy = rule
            tables[openIndex].regions += regions
        } else {
            tables.append(entry.table)
            open = tables.count - 1
        }
    }

    /// The tables whose titles `page` prints (each with a header naming its columns), with the line each title
    /// starts on and whether it is marked continued.
    private func titledTables(
        _ titles: [PageTitle], on page: Page
    ) -> [(start: Int, table: FoundTable, continued: Bool)] {
        titles.enumerated().compactMap { k, title in
            let end = k + 1 < titles.count ? titles[k + 1].start : page.lines.count
            let lines = Array(page.lines[(title.index + 1)..<end])
            return table(titled: title.match, lines: lines, page: page.number).map {
                (title.start, $0, title.match.continued)
            }
        }
    }

    /// The last title of `page` when nothing but its meta lines (编制单位, 单位：元) follow it: a producer that
    /// flows tables (a browser) may leave a title at the foot of a page and print its table on the next.
    private func orphanedTitle(_ title: PageTitle, on page: Page) -> (start: Int, match: TitleMatch, meta: [Line])? {
        let rest = Array(page.lines[(title.index + 1)...])
        let region = TableRegion(
            page: page.number, lines: rest, totalLabels: catalogue.totalLabels, continuing: false, settings: settings)
        guard region.header.isEmpty, region.body.isEmpty, region.notes.isEmpty else { return nil }
        return (title.start, title.match, region.meta)
    }

    /// A title printed on a page: the index of its (last) line and of the line it starts on.
    private typealias PageTitle = (index: Int, start: Int, match: TitleMatch)

    /// The titles of known tables `page` prints, top to bottom.
    private func titles(on page: Page, finder: TitleFinder) -> [PageTitle] {
        page.lines.indices.compactMap { index in
            finder.match(page.lines[index], under: page.lines[..<index])
                .map { (index: index, start: index - $0.linesAbove, match: $0) }
        }
    }

    /// The rule by which a titled table on `page` goes on from the `open` one: marked 续表, or (the first title on
    /// the page) the same title printed again over the same columns.
    private func continues(
        _ open: FoundTable, with entry: (start: Int, table: FoundTable, continued: Bool), first: Bool,
        page: Int
    ) -> ContinuationRule? {
        guard open.layout.kind == entry.table.layout.kind else { return nil }
        if entry.continued { return .markedContinued }
        return first && repeats(open, with: entry.table, on: page) ? .titleRepeated : nil
    }

    /// Whether `next`, titled at the top of page `page`, is `open` printed again with its title: `open` ran to
    /// the foot of the page before, unclosed by a note, and `next` heads the same columns. A form (绩效自评表)
    /// per project prints the same title over the same fields, so forms never continue this way.
    private func repeats(_ open: FoundTable, with next: FoundTable, on page: Int) -> Bool {
        guard open.layout.shape != .performance, !open.closed, open.pages.last == page - 1,
            let last = open.regions.last, let first = next.regions.first
        else { return false }
        return last.model.columns.map(\.key) == first.model.columns.map(\.key)
    }

    /// A table starting at a title line, if a header naming enough of its columns follows.
    private func table(titled match: TitleMatch, lines: [Line], page: Int) -> FoundTable? {
        let layout = match.layout
        let title = match.title
        var region = TableRegion(
            page: page, lines: lines, totalLabels: catalogue.totalLabels, continuing: false,
            settings: settings)
        let number = match.number ?? region.meta.lazy.compactMap { TableTag.number(in: $0.compactText) }.first
        if layout.shape == .performance {
            return FoundTable(
                layout: layout, title: title, number: number, isNational: match.isNational,
                regions: [(region, ColumnModel(columns: []), [])])
        }
        settleHeader(&region, layout: layout)
        let (model, cells) = columnModel(layout, header: region.header)
        guard namesEnoughColumns(model), namesRows(model, layout, body: region.body) else { return nil }
        return FoundTable(
            layout: layout, title: title, number: number, isNational: match.isNational,
            regions: [(region, reading(model, region.body), cells)])
    }

    /// Whether the header names the column that tells its rows apart: a table of codes prints codes, names or
    /// units, or its body is figures alone (one wide row of 合计). 北京's 支出总表, a cross-tab of three kinds of
    /// codes under other headers, is no 支出总表 of the record model: a grid.
    private func namesRows(_ model: ColumnModel, _ layout: TableLayout, body: [Line]) -> Bool {
        guard layout.shape == .coded || layout.shape == .groups else { return true }
        let identified = model.columns.contains { column in
            switch column.key {
            case .record(.code), .record(.name), .record(.unit), .record(.unitCode), .codeLevel: true
            default: false
            }
        }
        return identified
            || body.flatMap(\.words).allSatisfy {
                PrintedValue.isNumeric($0.text) || PrintedNumber.isAbsentMark($0.text)
            }
    }

    private func namesEnoughColumns(_ model: ColumnModel) -> Bool {
        Set(model.columns.filter { !$0.isExtra }.map(\.key)).count >= settings.headerMinimumColumns
    }

    /// The model that reads `body`: aligned as the body prints its amounts, `extra` columns kept where figures
    /// stand under them.
    private func reading(_ model: ColumnModel, _ body: [Line]) -> ColumnModel {
        model.aligned(by: body, settings: settings).droppingEmptyExtras(under: body)
    }

    /// The top of `page` read as the continuation of `table`, with the rule that continues it: a repeated header
    /// gives its own columns, otherwise the previous page's columns are kept.
    private func continuation(
        of table: FoundTable, lines: [Line], page: Page
    )
        -> (region: TableRegion, model: ColumnModel, headerCells: [HeaderCell], rule: ContinuationRule)?
    {
        guard let last = table.regions.last else { return nil }
        var region = TableRegion(
            page: page.number, lines: lines, totalLabels: catalogue.totalLabels, continuing: true,
            settings: settings)
        if table.layout.shape == .performance { return (region, last.model, last.headerCells, .formRunsOn) }
        // A title of a table of no known layout (…表, no 续) above the body: a new table starts, none goes on.
        guard !region.body.isEmpty, !region.header.contains(where: Self.namesOtherTable) else { return nil }
        settleHeader(&region, layout: table.layout)
        let (model, cells) = columnModel(table.layout, header: region.header)
        if namesEnoughColumns(model) {
            return (region, reading(model, region.body), cells, .headerRepeated)
        }
        // No header of its own: a running page header or page number may stand above the body, but the body
        // must print its amounts under the previous page's amount columns.
        guard region.header.count <= settings.pageFurnitureLines, let rule = fits(region.body, last.model) else {
            return nil
        }
        return (region, last.model.aligned(by: region.body, settings: settings), last.headerCells, rule)
    }

    /// The first row of a body may print its name above its numbers (a wrapped name, centred vertically):
    /// a last header line close above the body whose cells stand alone and name no column is body text, and
    /// moves to the body. A line further up (a running page header) stays where it is.
    private func settleHeader(_ region: inout TableRegion, layout: TableLayout) {
        liftHeaderWords(&region, layout: layout)
        let builder = headerCellBuilder(layout)
        while let last = region.header.last, let first = region.body.first,
            first.box.y0 - last.box.y1 <= settings.bodyReach * last.fontSize
        {
            let all = builder.cells(from: region.header)
            let pieces = builder.cells(from: [last])
            let standalone = pieces.allSatisfy { piece in all.contains { $0.box == piece.box } }
            let namesNothing = pieces.allSatisfy { piece in
                !layout.columns.contains { $0.matches(piece.text) } && !catalogue.isQualifier(piece.text)
            }
            guard standalone && namesNothing else { return }
            region.body.insert(region.header.removeLast(), at: 0)
        }
    }

    /// Header words are never records: where a producer sets the 类 / 款 / 项 labels at the top of the tall cell
    /// whose 合计 figures sit lower, they share a line with those figures. The words of the first body line that
    /// are exact column names of the layout move to a header line of their own.
    private func liftHeaderWords(_ region: inout TableRegion, layout: TableLayout) {
        guard let first = region.body.first else { return }
        let exact = layout.columns.filter { $0.exact == true }
        let isName = { (word: Word) in exact.contains { $0.matches(TextFold.key(word.text)) } }
        let names = first.words.filter(isName)
        guard names.count >= settings.liftedHeaderWords else { return }
        region.header.append(Line(words: names))
        let rest = first.words.filter { !isName($0) }
        if rest.isEmpty { region.body.removeFirst() } else { region.body[0] = Line(words: rest) }
    }

    /// A line above a body that titles a table of no known layout (…目标表): a new table starts, none goes on.
    /// A 续表 mark continues.
    static func namesOtherTable(_ line: Line) -> Bool {
        let text = line.compactText
        return text.hasSuffix("表") && !text.includes("续")
    }

    /// `figuresFitColumns` when the first body line that prints a figure (an amount, a code, a 行次 number: rows
    /// whose amounts are blank still print codes or 行次, and items may run on without any) prints it in a column
    /// of that kind; `itemsGoOn` when the first lines print no figure but list items.
    private func fits(_ body: [Line], _ model: ColumnModel) -> ContinuationRule? {
        let anchors = model.columns.map(\.center)
        for line in body.prefix(settings.fittingLines) {
            let figures = line.words.compactMap { word in figureKind(word).map { (word, $0) } }
            guard !figures.isEmpty else { continue }
            // Prose (a year opening a sentence that runs across the columns) is no row.
            guard !Self.spansColumns(line, anchors) else { return nil }
            // An amount may go to either kind of number column: a short one may lie nearer a 行次 column's anchor.
            let fitting = figures.contains { word, kind in
                model.column(for: word).map { index in
                    kind == .amount ? model.columns[index].value.isRightAligned : model.columns[index].value == kind
                } ?? false
            }
            // A line of small numbers alone (a 款 / 项 piece before a name with no figures) decides nothing.
            if !fitting && figures.allSatisfy({ $0.1 == .integer }) { continue }
            return fitting ? .figuresFitColumns : nil
        }
        return listsItems(body.prefix(settings.fittingLines), model) ? .itemsGoOn : nil
    }

    /// The kind of column a figure belongs in: an amount, a code (clipped ones have 4 digits, unless it reads as a
    /// year opening a sentence), or a 行次 number (a few digits).
    private func figureKind(_ word: Word) -> ColumnRule.ValueKind? {
        if PrintedValue.looksLikeAmount(word.text) { return .amount }
        if PrintedValue.looksLikeCode(word.text), !PrintedYear.plausible.contains(Int(word.text) ?? 0) { return .code }
        return word.text.count <= settings.lineNumberDigits && Int(word.text) != nil ? .integer : nil
    }

    /// Lines without any figure continue a table when each starts an item (十二、…) and no word spans two of its
    /// columns: the items of a list whose amounts are blank, not a heading over prose.
    private func listsItems(_ lines: ArraySlice<Line>, _ model: ColumnModel) -> Bool {
        let anchors = model.columns.map(\.center)
        let startsItem = { (line: Line) in
            line.words.first.map { TextFold.startsWithEnumerator($0.text.removingBlanks()) } ?? false
        }
        // Items wrapped in a narrow cell print the rest of their name on lines of their own.
        return lines.first.map(startsItem) == true && lines.filter(startsItem).count >= settings.itemLines
            && lines.allSatisfy { line in
                !Self.spansColumns(line, anchors)
                    && (startsItem(line) || !line.words.contains { figureKind($0) != nil })
            }
    }

    /// Whether a word of the line runs across two column anchors: prose or a heading, not a table row.
    private static func spansColumns(_ line: Line, _ anchors: [Double]) -> Bool {
        line.words.contains { word in anchors.filter { word.box.x0 < $0 && $0 < word.box.x1 }.count > 1 }
    }

    private func columnModel(_ layout: TableLayout, header: [Line]) -> (ColumnModel, [HeaderCell]) {
        let cells = headerCellBuilder(layout).cells(from: header)
        let builder = ColumnModelBuilder(layout: layout, catalogue: catalogue, settings: settings)
        return (builder.model(for: cells), cells)
    }

    /// Header cells of `layout`: a piece that is one of its exact column names (类, 款, 项, 行) stands alone, and so
    /// does a group label (人员经费 / 公用经费) above the cells it spans.
    private func headerCellBuilder(_ layout: TableLayout) -> HeaderCellBuilder {
        let exact = layout.columns.filter { $0.exact == true }
        let groupLabels = Set(catalogue.categories.flatMap { $0.headers.map(TextFold.key) })
        let headerWords = Set(layout.columns.flatMap { $0.headers.map(TextFold.key) })
        return HeaderCellBuilder(
            settings: settings, namesColumn: { text in exact.contains { $0.matches(text) } },
            labelsGroup: { groupLabels.contains($0) }, closesLetterSpacing: true,
            spellsHeader: { headerWords.contains($0) },
            amountColumn: { text in layout.columns.first { $0.value == .amount && $0.matches(text) }?.key })
    }
}
