import PageModel
import PrintedText

/// The prose of a document as one run of characters (lines joined, whitespace removed), each character
/// remembering its page, so that a figure wrapped over two lines (`2697.60 万` / `元`) reads whole.
struct ProseText {
    private(set) var characters: [Character] = []
    private(set) var pages: [Int] = []

    init(pages: [Page]) {
        for page in pages {
            for line in page.lines {
                for character in Self.readingForm(line.compactText) {
                    characters.append(character)
                    self.pages.append(page.number)
                }
            }
        }
    }

    /// The form prose is read in: white space removed, ASCII parentheses full-width as the phrases of
    /// `NarrativeKind` print them (`因公出国(境)费` → `因公出国（境）费`). Not `TextFold.key`: the sentences are
    /// quoted as printed, and their colons and quotes end clauses.
    static func readingForm(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !scalar.isBlank {
            switch scalar {
            case "(": out.append("（")
            case ")": out.append("）")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Characters that end a clause: a label is read back to the nearest one.
    static let clauseEnds: Set<Character> = ["，", "。", "；", "：", "、", ",", ";", ":", "！"]
    /// Characters that end a sentence.
    static let sentenceEnds: Set<Character> = ["。", "；", ";", "！"]

    /// The sentence around position `index`.
    func sentence(around index: Int) -> (text: String, start: Int) {
        var start = index
        while start > 0, !Self.sentenceEnds.contains(characters[start - 1]) { start -= 1 }
        var end = index
        while end < characters.count, !Self.sentenceEnds.contains(characters[end]) { end += 1 }
        if end < characters.count { end += 1 }
        return (String(characters[start..<end]), start)
    }

    /// The clause text right before position `index`, back to the nearest clause end.
    func label(before index: Int) -> String {
        var start = index
        while start > 0, !Self.clauseEnds.contains(characters[start - 1]) { start -= 1 }
        return String(characters[start..<index])
    }
}
