public import PageModel
public import Records

/// What the tables stage reads from a document's pages: metadata, family, tables and what it found doubtful.
public struct DocumentReading: Sendable {
    public var metadata: DocumentMetadata
    public var family: Family
    public var status: Status
    public var tables: [Table]
    public var diagnostics: [Diagnostic]

    /// The printed figures the self-census found unread (`Diagnostic.Code.unreadFigure`), in reading order.
    public var unreadFigures: [PrintedFigure] { diagnostics.compactMap(\.figure) }

    public init(pages: [Page], settings: SegmentationSettings = .standard) {
        let catalogue = LayoutCatalogue.standard
        let located = TableLocator(catalogue: catalogue, settings: settings).locate(in: pages)
        metadata = DocumentMetadata(pages: pages, settings: settings, located: located.tables)
        var warnings: [Diagnostic] = []
        let builder = TableBuilder(catalogue: catalogue, settings: settings, documentKind: metadata.kind)
        var tables = located.tables.map { builder.table(from: $0, warnings: &warnings) }
        Self.repair(&tables, year: metadata.year, warnings: &warnings)
        // A PDF that names neither kind (a notice, a letter) is no report, whatever tables it holds.
        family =
            metadata.kind == nil
            ? .unknown : FamilyDetection(catalogue: catalogue, settings: settings).family(of: located.tables)
        // A document of no known family keeps every table-like region as a grid, those under known titles too.
        let grids = GenericGrids(settings: settings).grids(
            in: family == .unknown ? pages.map { ($0.number, $0.lines) } : located.loose)
        if family != .unknown {
            warnings += DocumentCensus(found: located.tables, loose: located.loose, grids: grids, year: metadata.year)
                .take(&tables)
        }
        status = Self.status(family: family, kind: metadata.kind, grids: grids, warnings: &warnings)
        tables = family == .unknown ? grids : tables + grids
        if let unreadable = Self.unreadableFigures(in: tables, warnings: warnings, settings: settings) {
            status = status == .unrecognized ? status : .partial
            warnings.append(unreadable)
        }
        // A budget may print one table in another unit (三公 in 万元 beside tables in 元): the document's is most
        // tables', and each budget table keeps its own (the record model's Budgets section). Final accounts print
        // one unit for all: the document's alone.
        metadata.unit = DocumentMetadata.mostCommon(tables.compactMap(\.unit)) ?? metadata.unit
        if metadata.kind == .finalAccounts {
            for index in tables.indices { tables[index].unit = nil }
        }
        self.tables = tables
        diagnostics = warnings
    }

    /// Codes clipped in print and misprinted 类 pieces, given right where the catalogue makes them certain.
    private static func repair(_ tables: inout [Table], year: Int?, warnings: inout [Diagnostic]) {
        let repair = ClippedCodeRepair(catalogue: .standard, year: year)
        let misprints = MisprintedClassRepair(catalogue: .standard, year: year)
        for index in tables.indices {
            repair.repair(&tables[index], warnings: &warnings)
            misprints.repair(&tables[index], warnings: &warnings)
        }
    }

    /// The status the tables found give: a document of no known family is unrecognized; one with printed figures
    /// the census found unread is partial, and so is a final account with a table of unknown layout (it says
    /// where). A budget prints tables the record model does not name (项目绩效目标表, 政府采购): kept as grids, and
    /// the document is no less complete for them. The checks, made later, may still turn `ok` into `review`.
    private static func status(
        family: Family, kind: DocumentKind?, grids: [Table], warnings: inout [Diagnostic]
    )
        -> Status
    {
        if family == .unknown { return .unrecognized }
        let unread = warnings.contains { [.unreadFigure, .nameReadInPart, .rowsPastTotal].contains($0.code) }
        if kind == .budget { return unread ? .partial : .ok }
        for grid in grids {
            warnings.append(
                Diagnostic(
                    .unknownLayout, table: .unknown, pages: grid.pages,
                    message: "a table of unknown layout"
                        + (grid.title.isEmpty ? "" : " below \"\(grid.title)\"") + " is kept as a generic grid"))
        }
        return grids.isEmpty && !unread ? .ok : .partial
    }

    /// A warning when most number cells of the tables hold text that is no number: the tables were found by
    /// their titles, but the fonts map digits to other characters (a re-encoded or damaged text layer).
    static func unreadableFigures(
        in tables: [Table], warnings: [Diagnostic], settings: SegmentationSettings
    )
        -> Diagnostic?
    {
        let unreadable = warnings.filter { $0.code == .notANumber }.count
        let read = tables.reduce(0) { count, table in
            count + table.records.reduce(0) { $0 + $1.values.filter { $0.number != nil }.count }
        }
        guard unreadable > 0, Double(unreadable) > settings.unreadableFigureShare * Double(unreadable + read) else {
            return nil
        }
        return Diagnostic(
            .unreadableFigures,
            message: "the figures are unreadable: \(unreadable) of \(unreadable + read) "
                + "number cells hold text that is no number (the PDF's fonts map digits to other characters, as some "
                + "re-encoding tools leave them); the tables are kept as found, without those figures: get the report "
                + "as its publisher released it")
    }
}
