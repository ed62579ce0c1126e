import PageModel

/// The rules that decide, line by line down a table body, whether a line joins the row above, starts a row, or
/// waits for the row below; tried in order, the first that answers decides. Lines are read where they stand,
/// not in the order producers wrote them.
enum RowJoinRule: String, CaseIterable, Sendable {
    /// Lines that fill different columns within `sharedBand` ems (any line), or within a row pitch (lines with
    /// figures), are one row: printed rows never overlap, so cells of one row set at different heights (a code
    /// centred against a two-line name, figures set higher than their item) come apart only so little.
    case sharedBand
    /// A name wrapped over three lines in a tall row prints its figures beside its middle line: a line with
    /// figures one line's spacing under a text-only row whose line ran full continues it.
    case figuresBesideWrappedName
    /// Any other line with a code, a figure or a total label starts a row.
    case anchoredLineStartsRow
    /// A text-only line starting under the cell above (or centred under it), whose line ran to its column's
    /// right edge, is the rest of that cell: a line breaks only when full, and the next line of a cell follows at
    /// the font's line spacing (`wrappedLineSpacing`), closer than the next row.
    case wrappedCell
    /// In the summary and statistics tables text-only rows are real rows (items printed without figures): a
    /// text-only line starts a row unless it sits closer than a row pitch to a neighbour, or when it starts an
    /// item (一、…, 合计).
    case textRowsAreReal
    /// The first line of a continuation page is the end of a row split by the page break, unless it sits tight
    /// against the row below it.
    case pageBreakTail
    /// A text-only line nearer the row above than the row below belongs to the row above.
    case nearerRowAbove
    /// Otherwise a text-only line belongs to the row below (a name printed above its figures).
    case rowBelow
}

/// What a rule decides for one line.
enum RowJoin: Sendable {
    case joinAbove, startRow, waitForRowBelow
}

/// One body line read as cells, with what the row rules need to know of it.
struct LineRow: Sendable {
    var row: BodyRow
    /// Whether it prints a code or figure in a non-text column, or a total label.
    var anchored: Bool
    var em: Double
}

/// What the row rules see of one line: the line, its neighbours, and the rows made so far.
struct RowJoinContext {
    var line: LineRow
    var previous: BodyRow?
    var next: BodyRow?
    /// The last row made so far.
    var lastRow: BodyRow?
    /// Whether earlier lines wait for the row below.
    var waiting: Bool
    /// A row pitch times `continuationPitch`: lines closer than this are not rows of their own.
    var near: Double
    /// The right edge of each text column's text.
    var edges: [Int: Double]
    var textRowsAreReal: Bool

    var samePage: Bool { previous?.page == line.row.page }
    var gapAbove: Double { samePage ? line.row.midY - previous!.midY : .infinity }
    var gapBelow: Double { next.map { $0.midY - line.row.midY } ?? .infinity }
}
