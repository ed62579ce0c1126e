/// Tuning constants of the tables stage, in font-size units (em) of the text they apply to, unless stated
/// (a count of characters or lines, a ratio of sizes, a share). Every threshold of the stage is here; `named`
/// lists them for overrides (`juesuan extract --settings FILE.json`) and validation.
public struct SegmentationSettings: Sendable, Equatable {
    /// Header words on one line closer than this are one cell (`一般公共预算 财政拨款`).
    var headerJoinGap = 0.6
    /// Single characters of a header line at most this far apart are one letter-spaced word (`项   目`): a short
    /// header spread over its cell; the columns of a table stand further apart than its letters.
    var letterSpacingGap = 3.0
    /// Single characters at most this far apart (in ems) that spell a header word of the layout are that word
    /// (`项        目` over a wide item column).
    var spelledWordGap = 6.0
    /// Header words stacked with their middles at most this far apart are one wrapped cell
    /// (`本年收入合` / `计`)…
    var headerStackDistance = 1.8
    /// …or at most this far apart where a one-line cell of the same header row sits halfway between them and
    /// nothing stands between them in their own column (a row of one- and two-line cells, each centred in it,
    /// spaces the lines of a two-line cell wider)…
    var centredRowStackDistance = 2.2
    /// …(halfway within this much)…
    var centredRowSlack = 0.1
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
    /// Lines wrapped inside one cell follow each other at the font's line spacing, at most this far apart (in
    /// ems); the next row starts further down, past the cells' padding (1.5 em and more in the reports seen).
    var wrappedLineSpacing = 1.4
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
    /// A title is printed on at most this many lines besides its last (a count of lines): a department prefix
    /// or a project name wraps once or twice, more lines above are the page's other text.
    var titleWrappedLines = 2
    /// A prefix before a title other than a project's self-evaluation is at most this many characters: a
    /// department and a year (`中共朝阳市委办公室2024年度`), not a sentence that mentions the title.
    var titlePrefixLength = 40
    /// A line between a title and its header that prints a year and at most this many characters is a meta line
    /// (`2024年度`, `单位：2024年`): longer lines with a year are sentences or titles.
    var metaYearLineLength = 12
    /// A cover's title is printed at least this many times the page's smallest size (a ratio of sizes): covers
    /// set the department and year large above small print (date, publisher).
    var coverTitleSizeRatio = 1.3
    /// A cover of at most this many lines is read even without a larger title (a count of lines): the whole
    /// cover is the title.
    var coverTitleLines = 6
    /// Cover title lines further apart than this are separate blocks: the department's wrapped name is set
    /// tight, the year and kind a blank line below.
    var coverBlockGap = 1.0
    /// More than this share of number cells holding text that is no number makes the figures unreadable: a few
    /// misprinted cells are warned about one by one, most cells wrong means the fonts map digits elsewhere.
    var unreadableFigureShare = 0.5
    /// A header names at least this many different columns of its layout (a count of columns): a sentence or a
    /// table of contents that names a table is followed by no such header.
    var headerMinimumColumns = 2
    /// Where a producer sets the 类 / 款 / 项 labels on the line of the 合计 figures, at least this many of them
    /// stand there (a count of words): one exact name alone is no header.
    var liftedHeaderWords = 2
    /// A tag line (`公开01表`) prints at most this many characters besides its tag (a count of characters).
    var tagLineRemainder = 2
    /// Lines above a continued body that are not a header (running page header, page number), at most (a count
    /// of lines); more loose lines at the top of a page close the open table.
    var pageFurnitureLines = 2
    /// Lines of items without figures that show a list goes on (a count of lines).
    var itemLines = 2
    /// Digits of a 行次 number at most (a count of digits).
    var lineNumberDigits = 3
    /// Body lines looked at to decide whether a page continues a table (a count of lines): a two-sided table may
    /// run on for a dozen items without figures before its next amount.
    var fittingLines = 12
    /// Lines with codes (or starting items) needed to measure the row pitch by them (a count of lines).
    var pitchSamples = 3
    /// A report of a known family prints at least this many of the financial tables (a count of tables).
    var familyMinimumTables = 4
    /// On a self-evaluation form, the row of figures under a header row lies within this many rows (a count of
    /// rows, each taken as two ems).
    var figureRowReach = 3
    /// A grade printed after a score (优, 良, 中, 差, 合格) has at most this many characters.
    var maximumGradeLength = 2
    /// Header cells whose boxes overlap vertically by this share of the shorter one's height stand in one row.
    var sameRowOverlap = 0.5

    /// Generic grids: fewer lines of figures than this are not a table (a count of lines)…
    var gridMinimumLines = 3
    /// …a line of figures prints at least this many numbers (a count)…
    var gridMinimumFigures = 2
    /// …a table has at least this many columns of figures (a count)…
    var gridMinimumAlignedColumns = 2
    /// …each printed on at least this share of its lines of figures.
    var gridAlignedShare = 0.5
    /// Lines without figures across the figures' span keep a region going while they are at most this many line
    /// pitches from a line of figures (a count of pitches).
    var gridBridgedPitches = 4.0
    /// Gaps narrower than this (in ems) separate a grid's words, not its columns.
    var gridMinimumGap = 0.3

    /// The settings as the reports seen need them.
    public static let standard = SegmentationSettings()

    public init() {}
}
