/// Something a stage found doubtful in a document: typed from the stage that finds it to the edge that reports
/// it. The record model's `warnings` are the diagnostics' sentences (`warning`), rendered only at that edge.
public struct Diagnostic: Sendable, Hashable {
    /// What kind of finding it is: the stable name a stage decides by, never the sentence.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// A number cell's text is no number; the cell is left out.
        case notANumber = "not_a_number"
        /// A number cell held several numbers (it took a neighbour's); the one aligned with the column is kept.
        case severalNumbers = "several_numbers"
        /// Most number cells hold text that is no number: the fonts map digits to other characters.
        case unreadableFigures = "unreadable_figures"
        /// A table-like region of no known layout in a known document, kept as a generic grid.
        case unknownLayout = "unknown_layout"
        /// Codes or names clipped in print, completed from the code catalogue.
        case clippedCodesCompleted = "clipped_codes_completed"
        /// A clipped code the catalogue cannot complete with certainty: the table's codes are kept as printed.
        case clippedCodesKept = "clipped_codes_kept"
        /// A clipped code in the archived document, with the completion the catalogue gives, if any.
        case clippedCode = "clipped_code"
        /// A code the 政府收支分类 catalogue of the year does not hold.
        case codeNotInCatalogue = "code_not_in_catalogue"
        /// A 类 piece misprinted (`7 | 11 | 02` under class 210), given right from the rows above and the catalogue.
        case misprintedCodeRepaired = "misprinted_code_repaired"
        /// The report's year is before the catalogue's first: its codes were not checked.
        case catalogueTooLate = "catalogue_too_late"
        /// A printed figure in a recognised table's region that went to no record, no `extra` and no grid, and is
        /// no page furniture (the self-census).
        case unreadFigure = "unread_figure"
        /// A coded row's name that the catalogue's name of its code holds but does not start with: the start of a
        /// name wrapped over lines went to no record.
        case nameReadInPart = "name_read_in_part"
        /// Rows read on a summary's side after its 总计: another table's rows read into the summary.
        case rowsPastTotal = "rows_past_total"

        /// Whether the sentence names the table (`income page 3: …`, `income: …`) besides the pages.
        var namesTable: Bool {
            switch self {
            case .clippedCodesCompleted, .clippedCodesKept, .clippedCode, .codeNotInCatalogue, .misprintedCodeRepaired,
                .unreadFigure, .nameReadInPart, .rowsPastTotal:
                true
            case .notANumber, .severalNumbers, .unreadableFigures, .unknownLayout, .catalogueTooLate: false
            }
        }
    }

    public var code: Code
    /// The table it is about, if one.
    public var table: TableKind?
    /// The 1-based pages it is about, if any.
    public var pages: [Int]
    /// What was found, without where: a sentence a person reads.
    public var message: String
    /// For an unread figure: the figure as printed, its table and page.
    public var figure: PrintedFigure?

    public init(_ code: Code, table: TableKind? = nil, pages: [Int] = [], message: String) {
        self.code = code
        self.table = table
        self.pages = pages
        self.message = message
    }

    /// An unread figure found by the self-census: `why` says where it stood.
    public static func unread(_ figure: PrintedFigure, why: String) -> Diagnostic {
        var diagnostic = Diagnostic(
            .unreadFigure, table: figure.table, pages: [figure.page],
            message: "the printed figure \(figure.text) went to no record (\(why))")
        diagnostic.figure = figure
        return diagnostic
    }

    /// The sentence of the record model's `warnings`: where (`income page 3, 4`), then what.
    public var warning: String {
        var location: [String] = []
        if code.namesTable, let table { location.append(table.rawValue) }
        if !pages.isEmpty { location.append("page " + pages.map(String.init).joined(separator: ", ")) }
        return location.isEmpty ? message : location.joined(separator: " ") + ": " + message
    }
}

extension ArchiveDocument {
    /// Adds the sentences of `diagnostics` to `warnings`, leaving out those the document already says.
    public mutating func report(_ diagnostics: [Diagnostic]) {
        let said = warnings
        warnings += diagnostics.map(\.warning).filter { !said.contains($0) }
    }
}
