/// Tuning constants of table segmentation, in font-size units (em) of the text they apply to.
struct SegmentationSettings: Sendable {
    /// Header words on one line closer than this are one cell (`一般公共预算 财政拨款`).
    var headerJoinGap = 0.6
    /// Header words stacked with their middles at most this far apart are one wrapped cell
    /// (`本年收入合` / `计`)…
    var headerStackDistance = 1.8
    /// …when the lower one is centred under the upper one within this distance, or left-aligned with it
    /// within half of it…
    var wrapAlignment = 1.0
    /// …and not wider than the upper one by more than this (a wrapped line is never much longer).
    var wrapWidthSlack = 1.5
    /// A text-only line of a two-sided or statistics table closer to a neighbouring line than this share
    /// of the median row pitch is a wrapped continuation of that row, not a row of its own.
    var continuationPitch = 0.8
    /// Lines of cells this close (middles, in ems) that fill different columns are one row whatever the row pitch:
    /// printed rows never overlap, so cells of one row set at slightly different heights come apart so little.
    var sharedBand = 0.8
    /// A line of a cell is full (its text wrapped onto the next line) when it ends this close to the right edge
    /// of its column's text: less than one more character would have fitted.
    var fullLineSlack = 0.5
    /// One box is on a lower line than another when its middle is at least this much further down.
    var lineStep = 0.6
    /// A wrapped header line sits at least this much below the line it continues.
    var verticalSlack = 0.2
    /// A line of text-only cells above a body belongs to the body's first row only when it sits at most
    /// this far above it.
    var bodyReach = 2.0
    /// Amounts whose left (or right) edges lie this close are aligned on that edge (see `AmountAlignment`).
    var alignmentTolerance = 0.25
    /// A title wrapped over two lines: the second starts at most this far below the first…
    var titleWrapGap = 0.8
    /// …and their font sizes differ by at most this share.
    var titleSizeSlack = 0.15

    static let standard = SegmentationSettings()
}
