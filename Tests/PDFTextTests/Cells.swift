import PageModel

extension Array where Element == Line {
    /// The text of the cell whose first word is word `word` of line `line`, with what wraps onto the next
    /// three lines: a word under the cell, starting at most two ems left of it, with nothing to its left.
    /// A line with nothing under the cell is passed over (a cell centred vertically wraps around its row).
    func cellText(line: Int, word: Int) -> String {
        let cell = self[line].words[word]
        var text = cell.text
        for next in self[(line + 1)...].prefix(3) {
            guard let wrapped = next.words.first(where: { $0.box.horizontalOverlap(cell.box) > 0 }) else { continue }
            guard wrapped.box.x0 >= cell.box.x0 - 2 * cell.fontSize,
                next.words.allSatisfy({ $0.box.x1 > wrapped.box.x0 })
            else { break }
            text += wrapped.text
        }
        return text
    }
}
