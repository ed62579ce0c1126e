/// Tuning constants of table segmentation, in font-size units (em) of the text they apply to.
struct SegmentationSettings: Sendable {
    /// Header words on one line closer than this are one cell (`一般公共预算 财政拨款`).
    var headerJoinGap = 0.6
    /// Header words stacked with their middles at most this far apart, overlapping horizontally,
    /// are one wrapped cell (`本年收入合` / `计`).
    var headerStackDistance = 1.8
    /// Share of the narrower word's width two stacked header words must overlap to be one cell.
    var headerStackOverlap = 0.5
    /// A text-only line of a two-sided or statistics table closer to a neighbouring line than this share
    /// of the median row pitch is a wrapped continuation of that row, not a row of its own.
    var continuationPitch = 0.8
    /// One box is on a lower line than another when its middle is at least this much further down.
    var lineStep = 0.6
    /// A wrapped header line sits at least this much below the line it continues.
    var verticalSlack = 0.2
    /// A title and its table: lines of the region searched for the header (title, tag, meta lines, header).
    var headerSearchLines = 14
    /// Two page-continuations of a table must have column anchors within this distance.
    var columnMatchDistance = 2.0

    static let standard = SegmentationSettings()
}
