/// The rules by which a table goes on over the next page, tried in order; the first that answers decides. A
/// page whose top is claimed by none of them starts afresh: its loose lines are prose or tables of no known
/// layout, and more than `pageFurnitureLines` of them close the open table.
///
/// None applies once a note (注：, 说明：) closed the table, or when the lines above the page's body title another
/// table (a line ending in 表 without 续).
enum ContinuationRule: String, CaseIterable, Sendable {
    /// A title marked 续表 / (续) repeats the open table's title on its next page.
    case markedContinued
    /// The same title printed again at the top of the next page, over the same columns, when the table ran to
    /// the foot of the page before. A form (绩效自评表) per project prints the same title over the same fields, so
    /// forms never continue this way.
    case titleRepeated
    /// A self-evaluation form runs on over the top of the next page (its labelled fields have no header to
    /// repeat).
    case formRunsOn
    /// The page repeats the header, naming enough of the table's columns: its own columns read the page.
    case headerRepeated
    /// No header of its own, but the first line with a figure (an amount, a 3-, 5- or 7-digit code, a 行次 number)
    /// prints it under a column of that kind: the previous page's columns read the page.
    case figuresFitColumns
    /// No figure in its first lines, but they start items (十二、…), the first line among them, the others the rest
    /// of an item's name wrapped in its cell, and none runs across two columns: the items of a list whose amounts
    /// are blank.
    case itemsGoOn
}
