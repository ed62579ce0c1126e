import PageModel
import Records

/// The self-census of a read document (issue 20): on every page that holds a recognised table, each printed
/// figure must end up in a record, in `extra`, in a generic grid, or be furniture (`FigureCensus`); what is left
/// is an unread figure, a diagnostic naming its table, page and printed text; so is a coded row's name read in
/// part (`NameCensus`), and a summary read past its 总计 (`TotalCensus`). Cheap: one pass over the words of
/// each region, with the column models the locator made and the tables already read.
struct DocumentCensus: Sendable {
    var found: [FoundTable]
    /// Lines outside every known table, by page, and the generic grids made of them.
    var loose: [(page: Int, lines: [Line])]
    var grids: [Table]
    /// The report's year, for the code catalogue's names.
    var year: Int?

    /// The unread figures of `tables` (read from `found`, in its order), table by table, then those outside every
    /// table on their pages; a table with unread figures is not `empty`: it prints figures.
    func take(_ tables: inout [Table]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, table) in found.enumerated() where !Self.isReadForm(table, tables[index]) {
            let unread = unread(in: table, read: ReadFigures(tables[index]))
            if !unread.isEmpty { tables[index].empty = false }
            diagnostics += unread
        }
        return diagnostics + outside() + NameCensus(catalogue: .standard, year: year).diagnostics(for: tables)
            + TotalCensus().diagnostics(for: tables)
    }

    /// The figures of `table`'s regions that `read` holds nowhere.
    private func unread(in table: FoundTable, read: ReadFigures) -> [Diagnostic] {
        table.regions.flatMap { entry in
            FigureCensus.unread(
                in: entry.region, model: entry.model, inForm: table.layout.shape == .performance,
                read: read
            ).map { word, place in
                Diagnostic.unread(
                    PrintedFigure(table: table.layout.kind, page: entry.region.page, text: word.text),
                    why: Self.sentence(place))
            }
        }
    }

    /// A self-evaluation form whose fields were read: the record model keeps a form's fields only, not its budget
    /// lines or indicator rows, so the rest of its figures are known to go to no record. A form that prints
    /// figures but gave no field is counted.
    private static func isReadForm(_ found: FoundTable, _ table: Table) -> Bool {
        found.layout.shape == .performance && table.fields?.values.contains { $0.number != nil } == true
    }

    /// Amounts outside every known table on pages that hold one, kept in no generic grid.
    private func outside() -> [Diagnostic] {
        let tablePages = Set(found.flatMap(\.pages))
        let gridded = GriddedText(grids)
        return loose.filter { tablePages.contains($0.page) }.flatMap { page, lines in
            FigureCensus.amounts(in: lines).filter { !gridded.holds($0) }.map { word in
                .unread(
                    PrintedFigure(table: .unknown, page: page, text: word.text),
                    why: "outside every known table and every grid")
            }
        }
    }

    private static func sentence(_ place: FigureCensus.Place) -> String {
        switch place {
        case .header: "in the header: the header did not end above it"
        case .body: "in the body, but in no record"
        case .notes: "below the note that closed the table"
        }
    }
}
