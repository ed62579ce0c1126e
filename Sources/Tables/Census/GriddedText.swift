import PageModel
import PrintedText
import Records

/// The cell texts of generic grids: a printed figure outside every known table is accounted for when a grid
/// keeps its text.
struct GriddedText: Sendable {
    private let cells: String

    init(_ grids: [Table]) {
        cells = grids.flatMap { $0.rows ?? [] }.flatMap { $0 }.joined(separator: "|")
    }

    /// Whether a grid's cell holds the word's text.
    func holds(_ word: Word) -> Bool {
        cells.includes(word.text.removingBlanks())
    }
}
