import Tables

/// One colour per table and record key on the page, spread round the colour wheel (by the golden angle, so that
/// neighbours differ), in the order the tables and their columns come.
struct Palette: Sendable {
    /// Each table's keys, left to right, once each.
    let keys: [[String]]
    private let offsets: [Int]

    init(_ explanation: PageExplanation) {
        keys = explanation.tables.map { table in
            table.columns.map(\.key).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        }
        offsets = keys.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    }

    /// The colour of the cells of `key` in table `table` (an index of the page's tables).
    func colour(table: Int, key: String) -> String {
        let index = offsets[table] + (keys[table].firstIndex(of: key) ?? 0)
        let hue = (Double(index) * 137.508 + 200).truncatingRemainder(dividingBy: 360)
        return "hsl(\(Int(hue)),72%,\(index % 2 == 0 ? 38 : 48)%)"
    }

    /// Figures left unread.
    static let unread = "#e00000"
    /// Figures outside every known table that a generic grid keeps as text.
    static let grid = "#f08000"
    /// Region outlines and labels.
    static let region = "#333333"
    /// Row bands.
    static let row = "#2060c0"
}
