/// A known table located in a document: its title and the regions of the pages it spans, each with the
/// column model that reads it (a continuation page without its own header keeps the previous model).
struct FoundTable: Sendable {
    var layout: TableLayout
    var title: String
    var number: String?
    /// Found by one of the national core set's short titles.
    var isNational = false
    var regions: [(region: TableRegion, model: ColumnModel, headerCells: [HeaderCell])]

    var pages: [Int] { regions.map(\.region.page).reduce(into: []) { if $0.last != $1 { $0.append($1) } } }
    var closed: Bool { regions.last?.region.closed ?? true }
}
