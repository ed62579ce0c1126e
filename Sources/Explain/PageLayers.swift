import PageModel
import Tables

/// The layers drawn under and over the words: line boxes, table regions with their header cells, row bands and
/// column anchors, and the outlines of figures left unread.
struct PageLayers: Sendable {
    var explanation: PageExplanation
    var palette: Palette

    func lines() -> String {
        let boxes = explanation.lines.map { line in
            Markup.rect(line.box, pad: 0.4, "class=\"line\" fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"0.25\"")
        }
        return "<g id=\"lines\">\n" + boxes.joined(separator: "\n") + "\n</g>"
    }

    func tables() -> String {
        let parts = explanation.tables.indices.map { index in
            let table = explanation.tables[index]
            return "<g class=\"table\" data-table=\"\(table.id.rawValue)\">\n" + region(table, index)
                + rows(table).joined() + headerCells(table, index).joined() + anchors(table, index).joined() + "</g>"
        }
        return "<g id=\"tables\">\n" + parts.joined(separator: "\n") + "\n</g>"
    }

    /// The region's outline, labelled with its table and the rules that framed it.
    private func region(_ table: ExplainedTable, _ index: Int) -> String {
        guard let box = table.box else { return "" }
        let label =
            "T\(index + 1) \(table.id.rawValue) · header ended by \(table.headerEnd ?? "none")"
            + (table.continuedBy.map { " · continued by \($0)" } ?? "")
        return Markup.rect(
            box, pad: 2.5, "class=\"region\" fill=\"none\" stroke=\"\(Palette.region)\" stroke-width=\"0.6\"",
            title: "\(table.title): \(label)") + "\n"
            + Markup.text(
                label, x: box.x0 - 2.5, y: box.y1 + 11, size: 5, "class=\"region-label\" fill=\"\(Palette.region)\"")
            + "\n"
    }

    /// Each row's band, its join rules on hover; numbered at its left where nothing stands there (the first side
    /// or group: the others start beside the figures of the one before).
    private func rows(_ table: ExplainedTable) -> [String] {
        let first = table.rows.first?.group
        return table.rows.map { row in
            let title =
                "row \(row.number)" + (row.group.map { " (group \($0))" } ?? "") + ": "
                + row.rules.joined(separator: ", ")
            let fill = row.number % 2 == 0 ? "#2060c0" : "#60a0ff"
            let band = Markup.rect(
                row.band, pad: 0.8,
                "class=\"row\" fill=\"\(fill)\" fill-opacity=\"0.07\" "
                    + "stroke=\"\(Palette.row)\" stroke-width=\"0.3\" stroke-dasharray=\"1.5 1\"", title: title)
            guard row.group == first else { return band + "\n" }
            return band + "\n"
                + Markup.text(
                    "r\(row.number)", x: row.band.x0 - 1.5, y: row.band.midY + 1.5, size: 3.6,
                    "class=\"row-label\" text-anchor=\"end\" fill=\"\(Palette.row)\"") + "\n"
        }
    }

    /// The header cells that named the columns, where printed on this page.
    private func headerCells(_ table: ExplainedTable, _ index: Int) -> [String] {
        guard !table.headerCarried else { return [] }
        return table.columns.map { column in
            let colour = palette.colour(table: index, key: column.key)
            return Markup.rect(
                column.headerBox, pad: 1,
                "class=\"header-cell\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"0.7\"",
                title: "header \(column.header) names \(column.key)") + "\n"
        }
    }

    /// A vertical line at each column's anchor, down the region, with its key at the top.
    private func anchors(_ table: ExplainedTable, _ index: Int) -> [String] {
        guard let box = table.box else { return [] }
        return table.columns.map { column in
            let x = Markup.number(column.anchor)
            let colour = palette.colour(table: index, key: column.key)
            let title =
                "anchor of \(column.key) (\(column.kind)): \(column.header) at x \(x)"
                + (table.headerCarried ? ", from the header of an earlier page" : "")
            return
                "<line class=\"anchor\" data-key=\"\(Markup.escaped(column.key))\" x1=\"\(x)\" y1=\"\(Markup.number(box.y0 - 1))\" "
                + "x2=\"\(x)\" y2=\"\(Markup.number(box.y1 + 1))\" stroke=\"\(colour)\" stroke-width=\"0.5\" "
                + "stroke-dasharray=\"3 1.5\" opacity=\"0.8\"><title>\(Markup.escaped(title))</title></line>\n"
                + Markup.text(
                    column.key, x: column.anchor, y: box.y1 + 4.5, size: 3.6,
                    "class=\"anchor-label\" text-anchor=\"middle\" fill=\"\(colour)\"") + "\n"
        }
    }

    /// A red outline round each figure left unread; dashed where it stands outside every known table, orange
    /// where a generic grid keeps it.
    func unread() -> String {
        let outlines = explanation.unread.map { figure in
            let colour = figure.keptInGrid ? Palette.grid : Palette.unread
            return Markup.rect(
                figure.word.box, pad: 1.2,
                "class=\"unread\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1\""
                    + (figure.table == nil ? " stroke-dasharray=\"2 1\"" : ""),
                title: "\(figure.word.text) left unread: \(figure.reason)")
        }
        return "<g id=\"unread\">\n" + outlines.joined(separator: "\n") + "\n</g>"
    }
}
