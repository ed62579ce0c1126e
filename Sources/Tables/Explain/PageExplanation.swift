public import PageModel
public import Records

/// How the tables stage read one page, for a person asking why a figure came out as it did: the page's lines and
/// words, each known table's region on it with the rules that found its header and carried it over, its columns
/// and anchors, the rows its body was read into with the rules that joined them, the column each body word went
/// to and by which rule, and the printed figures that went to no record. Built by running the engine's own
/// stages again over the whole document (so that continuations are found as extraction finds them); a value, no
/// I/O.
public struct PageExplanation: Sendable {
    /// 1-based page number.
    public var page: Int
    /// Size of the upright page in points; boxes are in points from its top-left corner, y downwards.
    public var width: Double
    public var height: Double
    public var lines: [Line]
    /// The family the document's tables make; `unknown` keeps none of them (the document is read as grids).
    public var family: Family
    /// The known tables' regions on this page, top to bottom.
    public var tables: [ExplainedTable]
    /// Lines before the page's first table that no table continued over: prose, or tables of no known layout.
    public var looseLines: [Line]
    /// Printed figures that went to no record, with why.
    public var unread: [UnreadFigure]

    /// Every word of the page, in reading order.
    public var words: [Word] { lines.flatMap(\.words) }

    /// Reads `pages`, the whole document, and explains page `number`; nil when the document has no such page.
    public init?(pages: [Page], page number: Int, settings: SegmentationSettings = .standard) {
        guard let page = pages.first(where: { $0.number == number }) else { return nil }
        let catalogue = LayoutCatalogue.standard
        let located = TableLocator(catalogue: catalogue, settings: settings).locate(in: pages)
        self.page = number
        width = page.width
        height = page.height
        lines = page.lines
        family = FamilyDetection(catalogue: catalogue, settings: settings).family(of: located.tables)
        let kind = DocumentMetadata(pages: pages, settings: settings, located: located.tables).kind
        (tables, unread) = Self.tables(
            located.tables, page: number, kept: family != .unknown, kind: kind,
            catalogue: catalogue, settings: settings)
        looseLines = located.loose.filter { $0.page == number }.flatMap(\.lines)
        if !tables.isEmpty || !GenericGrids(settings: settings).grids(in: [(number, looseLines)]).isEmpty {
            unread = FigureAudit.loose(looseLines, page: number, settings: settings) + unread
        }
    }

    /// The regions on page `number` of the tables `found`, and the figures in them no record holds.
    private static func tables(
        _ found: [FoundTable], page number: Int, kept: Bool, kind: DocumentKind?, catalogue: LayoutCatalogue,
        settings: SegmentationSettings
    ) -> ([ExplainedTable], [UnreadFigure]) {
        let explainer = TableExplainer(catalogue: catalogue, settings: settings, page: number)
        let builder = TableBuilder(catalogue: catalogue, settings: settings, documentKind: kind)
        var tables: [ExplainedTable] = []
        var unread: [UnreadFigure] = []
        for table in found where table.pages.contains(number) {
            var warnings: [Diagnostic] = []
            let read = kept ? ReadFigures(builder.table(from: table, warnings: &warnings)) : nil
            for region in explainer.explain(table) {
                unread += FigureAudit.unread(in: region, index: tables.count, read: read)
                tables.append(region)
            }
        }
        return (tables, unread)
    }
}
