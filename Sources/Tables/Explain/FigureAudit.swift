import PageModel
import PrintedText
import Records

/// Finds the printed numbers of an explained page that went to no record, by the self-census's rules
/// (`FigureCensus`), and says why.
enum FigureAudit {
    /// The body figures of table `index` that `read` holds nowhere (every one when the table is not kept), and
    /// the amounts printed in its header or notes that it does not hold.
    static func unread(in table: ExplainedTable, index: Int, read: ReadFigures?) -> [UnreadFigure] {
        let body = table.words.filter { decision in
            let kind = decision.column.map { table.columns[$0].value }
            return FigureCensus.isUnread(bodyWord: decision.word, kind: kind, inForm: table.isForm, read: read)
        }.map { decision in
            UnreadFigure(word: decision.word, table: index, reason: reason(for: decision, in: table, kept: read != nil))
        }
        let header = FigureCensus.unreadAmounts(in: table.header, read: read).map {
            UnreadFigure(word: $0, table: index, reason: "in the header: the header did not end above it")
        }
        let notes = FigureCensus.unreadAmounts(in: table.notes, read: read).map {
            UnreadFigure(word: $0, table: index, reason: "below the note that closed the table")
        }
        return header + body + notes
    }

    private static func reason(for decision: WordDecision, in table: ExplainedTable, kept: Bool) -> String {
        guard kept else { return "the document is of no known family: its known tables are not kept" }
        guard let column = decision.column else {
            return table.columns.isEmpty ? "in no field the record keeps of the form" : "under no column"
        }
        let key = table.columns[column].key
        guard let row = decision.row else { return "under \(key), but in no row of its side or group" }
        return "under \(key) in row \(row), but in no record (the row made none, or its cell kept another number)"
    }

    /// Amounts in lines before the page's first table that no table continued over: kept in a generic grid at
    /// most.
    static func loose(_ lines: [Line], page: Int, settings: SegmentationSettings) -> [UnreadFigure] {
        let grids = GenericGrids(settings: settings).grids(in: [(page, lines)])
        let cells = GriddedText(grids)
        return FigureCensus.amounts(in: lines).map { word in
            let gridded = cells.holds(word)
            return UnreadFigure(
                word: word, table: nil, keptInGrid: gridded,
                reason: gridded
                    ? "outside every known table: kept as text in a generic grid (id unknown)"
                    : "outside every known table and every grid")
        }
    }
}
