public import PageModel
public import Records

/// What the tables stage reads from a document's pages: metadata, family, tables and warnings.
public struct DocumentReading: Sendable {
    public var metadata: DocumentMetadata
    public var family: Family
    public var status: Status
    public var tables: [Table]
    public var warnings: [String]

    public init(pages: [Page]) {
        let catalogue = LayoutCatalogue.standard
        let settings = SegmentationSettings.standard
        metadata = DocumentMetadata(pages: pages)
        let located = TableLocator(catalogue: catalogue, settings: settings).locate(in: pages)
        var warnings: [String] = []
        let builder = TableBuilder(catalogue: catalogue, settings: settings)
        var tables = located.tables.map { builder.table(from: $0, warnings: &warnings) }
        let repair = ClippedCodeRepair(catalogue: .standard, year: metadata.year)
        for index in tables.indices { repair.repair(&tables[index], warnings: &warnings) }
        family = FamilyDetection(catalogue: catalogue).family(of: located.tables)
        let grids = GenericGrids().grids(in: located.loose)
        if family == .unknown {
            status = .unrecognized
            tables = grids
        } else {
            status = grids.isEmpty ? .ok : .partial
            for grid in grids {
                warnings.append("page \(grid.pages.map(String.init).joined(separator: ", ")): a table of unknown layout"
                    + (grid.title.isEmpty ? "" : " below \"\(grid.title)\"") + " is kept as a generic grid")
            }
            tables += grids
        }
        self.tables = tables
        self.warnings = warnings
    }
}
