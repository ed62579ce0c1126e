import PageModel
import Records

/// Turns a located table into a record-model table, with the builder its layout's shape calls for.
struct TableBuilder: Sendable {
    var catalogue: LayoutCatalogue
    var settings: SegmentationSettings
    /// The document's kind, which a table printing no 预算数 / 决算数 header implies (a budget's 三公 items).
    var documentKind: DocumentKind?

    func table(from found: FoundTable, warnings: inout [Diagnostic]) -> Table {
        let unit = found.regions.first?.region.meta.lazy.compactMap { MetaLine(text: $0.compactText).unit }.first
        var table = Table(
            id: found.layout.kind, number: found.number, title: found.title, pages: found.pages, unit: unit)
        if found.layout.shape == .performance {
            table.fields = PerformanceFields(layout: found.layout, settings: settings).fields(
                in: found.regions.map(\.region))
            return table
        }
        // Each run gives its records in sections (a side, a column group); a section continued over pages
        // gathers its records from every run before the next section starts.
        var sections: [[Record]] = []
        for run in runs(of: found) {
            let parts = TableParts(
                layout: found.layout, catalogue: catalogue, model: run.model,
                headerCells: run.headerCells, body: run.body, settings: settings, documentKind: documentKind)
            for (index, section) in self.sections(of: parts, warnings: &warnings).enumerated() {
                if index < sections.count { sections[index] += section } else { sections.append(section) }
            }
        }
        let records = sections.flatMap { $0 }
        // A table printed with no figures (本表无数据, or a 合计 row alone) is empty: 行次 numbers are no figures.
        let anyAmounts = records.contains { record in
            record.contains { $0.key != RecordKey.line.rawValue && $0.value.number != nil }
        }
        if !anyAmounts {
            table.empty = true
        } else {
            table.records = records
        }
        return table
    }

    /// The records of one run, in the sections their table prints them in.
    private func sections(of parts: TableParts, warnings: inout [Diagnostic]) -> [[Record]] {
        switch parts.layout.shape {
        case .coded: [CodedRecords(parts: parts).records(warnings: &warnings)]
        case .sides:
            SideRecords(parts: parts, expenditureKeys: expenditureKeys(parts.layout)).sections(warnings: &warnings)
        case .groups: GroupRecords(parts: parts).sections(warnings: &warnings)
        case .threePublic: [ThreePublicRecords(parts: parts).records(warnings: &warnings)]
        case .statistics: [StatisticsRecords(parts: parts).records(warnings: &warnings)]
        case .performance: []
        }
    }

    private func expenditureKeys(_ layout: TableLayout) -> [ColumnKey: RecordKey] {
        Dictionary(
            layout.columns.compactMap { rule in rule.expenditureKey.map { (rule.key, $0) } },
            uniquingKeysWith: { a, _ in a })
    }

    /// Whether two pages head the same columns: the header repeated on a continuation page names the same keys
    /// with its cells where they were (within an em).
    private static func sameColumns(_ a: ColumnModel, _ b: ColumnModel) -> Bool {
        a.columns.count == b.columns.count
            && zip(a.columns, b.columns).allSatisfy { x, y in
                x.key == y.key && x.group == y.group
                    && abs(x.center - y.center) <= max(x.header.fontSize, y.header.fontSize)
            }
    }

    /// Consecutive regions read with the same column model, their body lines together, so that a row
    /// split by a page break is rejoined.
    func runs(
        of found: FoundTable
    ) -> [(model: ColumnModel, headerCells: [HeaderCell], body: [(page: Int, line: Line)])] {
        var runs: [(model: ColumnModel, headerCells: [HeaderCell], body: [(page: Int, line: Line)])] = []
        for entry in found.regions {
            let body = entry.region.body.map { (page: entry.region.page, line: $0) }
            if let last = runs.last, Self.sameColumns(last.model, entry.model) {
                runs[runs.count - 1].body += body
            } else {
                runs.append((entry.model, entry.headerCells, body))
            }
        }
        return runs
    }
}
