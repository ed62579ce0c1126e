import PageModel
import Tables

/// Every word of the page as a box with its text set small inside: body words filled with the colour of their
/// table and record key, the decision behind each on hover.
struct WordLayer: Sendable {
    var explanation: PageExplanation
    var palette: Palette

    func words() -> String {
        var decisions: [Word: (table: Int, decision: WordDecision)] = [:]
        for (index, table) in explanation.tables.enumerated() {
            for decision in table.words { decisions[decision.word] = (index, decision) }
        }
        let marks = explanation.words.map { word in mark(word, decisions[word]) }
        return "<g id=\"words\">\n" + marks.joined(separator: "\n") + "\n</g>"
    }

    private func mark(_ word: Word, _ placed: (table: Int, decision: WordDecision)?) -> String {
        var fill = "none", title = word.text, key = ""
        if let (index, decision) = placed {
            let table = explanation.tables[index]
            if let column = decision.column {
                key = table.columns[column].key
                fill = palette.colour(table: index, key: key)
            }
            title = Self.describe(decision, in: table, index: index)
        }
        let rect = Markup.rect(
            word.box,
            "class=\"word\" data-key=\"\(Markup.escaped(key))\" fill=\"\(fill)\" "
                + "fill-opacity=\"0.22\" stroke=\"#707070\" stroke-width=\"0.2\"")
        return "<g><title>\(Markup.escaped(title))</title>\(rect)\(label(word))</g>"
    }

    /// The word's text, fitted to its box's width.
    private func label(_ word: Word) -> String {
        let size = max(1, min(word.box.height * 0.62, word.fontSize * 0.62))
        return Markup.text(
            word.text, x: word.box.x0, y: word.box.y1 - word.box.height * 0.22, size: size,
            "textLength=\"\(Markup.number(max(word.box.width, 0.5)))\" lengthAdjust=\"spacingAndGlyphs\" fill=\"#202020\""
        )
    }

    /// `2,697.60 → T1 total (rightAlignedNumbers), row 3`.
    static func describe(_ decision: WordDecision, in table: ExplainedTable, index: Int) -> String {
        guard let column = decision.column, let rule = decision.rule else {
            return "\(decision.word.text) → under no column"
        }
        let row = decision.row.map { ", row \($0)" } ?? ", in no row"
        return "\(decision.word.text) → T\(index + 1) \(table.columns[column].key) (\(rule))\(row)"
    }
}
