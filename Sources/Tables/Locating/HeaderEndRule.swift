import PageModel
import PrintedText

/// The rules that find where a table's header ends and its body starts, tried on each line below the title and
/// meta lines, in order; the first that answers decides. A line none answers for is a header line.
enum HeaderEndRule: String, CaseIterable, Sendable {
    /// The 栏次 row (`栏次 1 2 3 …`, or a bare run of column numbers 1…n) closes the header: every line above it is
    /// header (a 合计 column label among them), the body starts below it. Looked for before any other rule, up to
    /// the first figure, note or item.
    case columnNumberRow
    /// A note (注：, 说明：) ends the table: a header that runs into its note has no body on this page.
    case note
    /// A total row (合计 and figures, or nothing after it) starts the body; a 合计 alone on its line with header
    /// words on the next line is a header cell set higher than its neighbours.
    case totalRow
    /// Once a header has been seen, or on a page the table continues on, an item (一、…) starts the body, also
    /// after a 行次 number printed left of it.
    case enumeratedItem
    /// A line that prints an amount or a code starts the body, or opens with a 款 / 项 piece before a name: headers
    /// print neither.
    case figureOrCode

    /// Whether the rule (other than `columnNumberRow`, which looks ahead) ends the header at `line`.
    func ends(at line: Line, next: Line? = nil, totalLabels: [String], afterHeader: Bool) -> Bool {
        switch self {
        case .columnNumberRow: Self.isColumnNumberRow(line)
        case .note: Self.isNote(line)
        case .totalRow: Self.isTotalRow(line, next: next, totalLabels: totalLabels)
        case .enumeratedItem: afterHeader && Self.printsItem(line)
        case .figureOrCode: line.words.indices.contains { Self.isFigureOrCode(at: $0, in: line.words) }
        }
    }

    /// The first rule after `columnNumberRow` that ends the header at `line`.
    static func first(at line: Line, next: Line? = nil, totalLabels: [String], afterHeader: Bool) -> HeaderEndRule? {
        allCases.dropFirst().first { $0.ends(at: line, next: next, totalLabels: totalLabels, afterHeader: afterHeader) }
    }

    /// Note lines start with one of these.
    static let noteMarkers = ["注", "说明", "备注", "填报说明"]

    /// Each note marker with the colons that may follow it, joined once.
    private static let notePrefixes = noteMarkers.flatMap { [$0 + "：", $0 + ":"] }

    static func isNote(_ line: Line) -> Bool {
        let text = line.compactText
        // Bytes first: most lines are dismissed before `hasPrefix` compares characters.
        return notePrefixes.contains { text.utf8.starts(with: $0.utf8) && text.hasPrefix($0) }
    }

    /// The 栏次 row (`栏次 1 2 3 …`) or a bare row of column numbers 1…n under the header, columns without a number
    /// marked `**`.
    static func isColumnNumberRow(_ line: Line) -> Bool {
        var numbers: [Int] = []
        for word in line.words {
            let text = word.text.removingBlanks()
            // 栏次 labels, and the marks of columns without a number (`** ** ** ** 1 2 3`).
            if text == "栏次" || text == "栏" || text == "次" || (!text.isEmpty && text.allSatisfy { $0 == "*" }) {
                continue
            }
            guard let number = Int(text) else { return false }
            numbers.append(number)
        }
        guard let first = numbers.first, first == 1 || line.compactText.includes("栏次") else { return false }
        if line.compactText.includes("栏次") { return true }
        return numbers.count >= 2 && zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }

    private static func isTotalRow(_ line: Line, next: Line?, totalLabels: [String]) -> Bool {
        guard let first = line.words.first, totalLabels.contains(first.text.removingBlanks()) else { return false }
        let values = line.words.dropFirst()
        guard values.allSatisfy({ PrintedValue.isNumeric($0.text) || PrintedNumber.isAbsentMark($0.text) }) else {
            return false
        }
        guard values.isEmpty, let next else { return true }
        return isNote(next) || next.words.indices.contains { isFigureOrCode(at: $0, in: next.words) }
    }

    /// Whether a word of the line starts with an item's enumerator (一、, (二), 3.); a table's tag (表九, 附表1) is
    /// no item: it heads the next table.
    private static func printsItem(_ line: Line) -> Bool {
        line.words.contains { word in
            let text = word.text.removingBlanks()
            return !PrintedValue.isNumeric(text) && TextFold.startsWithEnumerator(text)
                && TableTag.number(in: text) == nil
                && !text.hasPrefix("表") && !text.hasPrefix("附表")
        }
    }

    /// A figure or code that is no year: a header names years (`2026` `年预算数`, the digits set in a font of their
    /// own and so a word of their own) that would read as a code.
    static func isFigureOrCode(at index: Int, in words: [Word]) -> Bool {
        let next = words.index(after: index)
        // A 款 or 项 piece (`01`) opening a line before its name: a row of codes carried down 类/款/项 columns.
        if index == 0, next < words.endIndex, isCodePiece(words[index].text),
            words[next].text.unicodeScalars.contains(where: { $0.properties.isIdeographic })
        {
            return true
        }
        guard isFigureOrCode(words[index]) else { return false }
        return
            !(next < words.endIndex && words[next].text.hasPrefix("年")
            && PrintedYear.plausible.contains(Int(words[index].text) ?? 0))
    }

    /// Two digits: the 款 or 项 piece of a 功能分类 code.
    private static func isCodePiece(_ text: String) -> Bool {
        text.utf8.count == 2 && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    static func isFigureOrCode(_ word: Word) -> Bool {
        let text = word.text.removingBlanks()
        return PrintedValue.looksLikeAmount(text) || PrintedValue.looksLikeCode(text)
    }
}
