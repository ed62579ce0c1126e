import Tables

/// The legend under the page: what the marks mean, each table with the colours of its record keys, the rules
/// that framed it and how often each row and column rule fired, and how many figures were left unread. Laid out
/// as items flowing over lines of the page's width.
struct Legend: Sendable {
    /// One legend entry: a swatch (filled, outlined or none) and its text, or a forced line break.
    enum Entry: Sendable {
        case item(swatch: Swatch?, text: String)
        case lineBreak
    }

    enum Swatch: Sendable {
        case filled(String), outlined(String), dashed(String)
    }

    static let textSize = 6.0
    static let lineStep = 9.0
    static let margin = 10.0

    /// An item placed: its line and x.
    typealias Placed = (line: Int, x: Double, swatch: Swatch?, text: String)

    /// The entries placed.
    let placed: [Placed]
    let lineCount: Int

    init(explanation: PageExplanation, palette: Palette) {
        (placed, lineCount) = Self.flow(Self.entries(explanation, palette), width: explanation.width)
    }

    /// The legend's height in points, margins included.
    var height: Double { Double(lineCount) * Self.lineStep + 2 * Self.margin }

    private static func entries(_ explanation: PageExplanation, _ palette: Palette) -> [Entry] {
        var entries: [Entry] = [
            .item(swatch: nil, text: "page \(explanation.page) as read (family \(explanation.family.rawValue)):"),
            .item(swatch: .filled("#a0a0a0"), text: "word (fill: its table · record key)"),
            .item(swatch: .dashed(Palette.row), text: "row band"),
            .item(swatch: .outlined(Palette.region), text: "table region"),
            .item(swatch: .outlined(Palette.unread), text: "figure left unread (dashed: outside every known table)"),
            .item(swatch: .outlined(Palette.grid), text: "figure kept only as text of a generic grid"),
            .lineBreak,
        ]
        for (index, table) in explanation.tables.enumerated() {
            entries += tableEntries(table, index, palette)
        }
        if explanation.tables.isEmpty {
            entries += [.item(swatch: nil, text: "no known table on this page"), .lineBreak]
        }
        entries.append(.item(swatch: .outlined(Palette.unread), text: ExplanationText.unreadSummary(explanation)))
        return entries
    }

    private static func tableEntries(_ table: ExplainedTable, _ index: Int, _ palette: Palette) -> [Entry] {
        let number = table.number.map { " 公开\($0)表" } ?? ""
        var entries: [Entry] = [
            .item(
                swatch: nil,
                text: "T\(index + 1) \(table.id.rawValue)\(number) \(table.title): header ended by "
                    + "\(table.headerEnd ?? "none") · continued by \(table.continuedBy ?? "none (starts here)")"),
            .lineBreak,
        ]
        for key in palette.keys[index] {
            let header = table.columns.first { $0.key == key }?.header ?? ""
            entries.append(.item(swatch: .filled(palette.colour(table: index, key: key)), text: "\(key) \(header)"))
        }
        entries += [
            .lineBreak, .item(swatch: nil, text: "rows: " + RuleTally.rows(table)), .lineBreak,
            .item(swatch: nil, text: "columns: " + RuleTally.columns(table)), .lineBreak,
        ]
        return entries
    }
}
