import PageModel
import PrintedText

/// The prose of a document as one run of characters (lines joined, whitespace removed), each character
/// remembering its page, so that a figure wrapped over two lines (`2697.60 万` / `元`) reads whole.
///
/// What the reader asks of each character (a digit? a sentence end?) is answered once, when the text is built:
/// a `Character` compared or hashed folds its canonical form, which costs more than the rest of the reading.
struct ProseText {
    private(set) var characters: [Character] = []
    private(set) var pages: [Int] = []
    /// What each character is, by position.
    private(set) var classes: [CharacterClass] = []
    /// The characters' UTF-8 bytes, one after the other: a sentence is copied from here, not joined character by
    /// character.
    private var utf8: [UInt8] = []
    /// Where each character's bytes start in `utf8`, and one more: where the last one's end.
    private var offsets: [Int] = [0]
    /// Where the characters ending a sentence (`sentenceEnds`) stand, ascending.
    private var sentenceEndPositions: [Int] = []
    /// Where the characters ending a clause (`clauseEnds`) stand, ascending.
    private var clauseEndPositions: [Int] = []

    init(pages: [Page]) {
        for page in pages {
            for line in page.lines {
                let form = Self.readingForm(line.compactText)
                utf8.append(contentsOf: form.utf8)
                for character in form {
                    append(character, page: page.number)
                }
            }
        }
    }

    private mutating func append(_ character: Character, page: Int) {
        let kind = CharacterClass(character)
        if kind.contains(.sentenceEnd) { sentenceEndPositions.append(characters.count) }
        if kind.contains(.clauseEnd) { clauseEndPositions.append(characters.count) }
        offsets.append(offsets[offsets.count - 1] + character.utf8.count)
        characters.append(character)
        classes.append(kind)
        pages.append(page)
    }

    /// The text of the characters at `range`: the same scalars as `String(characters[range])`.
    func text(_ range: Range<Int>) -> String {
        String(decoding: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
    }

    /// The form prose is read in: white space removed, ASCII parentheses full-width as the phrases of
    /// `NarrativeKind` print them (`因公出国(境)费` → `因公出国（境）费`). Not `TextFold.key`: the sentences are
    /// quoted as printed, and their colons and quotes end clauses.
    static func readingForm(_ text: String) -> String {
        var out = ScalarText(capacity: text.utf8.count)
        for scalar in text.unicodeScalars where !scalar.isBlank {
            switch scalar {
            case "(": out.append("（")
            case ")": out.append("）")
            default: out.append(scalar)
            }
        }
        return out.string
    }

    /// Characters that end a clause: a label is read back to the nearest one.
    static let clauseEnds: Set<Character> = ["，", "。", "；", "：", "、", ",", ";", ":", "！"]
    /// Characters that end a sentence.
    static let sentenceEnds: Set<Character> = ["。", "；", ";", "！"]

    /// The sentence around position `index`: from after the last sentence end before it through the first
    /// sentence end at or after it.
    func sentence(around index: Int) -> (text: String, start: Int) {
        let next = Self.firstPosition(in: sentenceEndPositions, notBelow: index)
        let start = next > 0 ? sentenceEndPositions[next - 1] + 1 : 0
        let end = next < sentenceEndPositions.count ? sentenceEndPositions[next] + 1 : characters.count
        return (text(start..<end), start)
    }

    /// The clause text right before position `index`, back to the nearest clause end.
    func label(before index: Int) -> String {
        let next = Self.firstPosition(in: clauseEndPositions, notBelow: index)
        let start = next > 0 ? clauseEndPositions[next - 1] + 1 : 0
        return text(start..<index)
    }

    /// The index in `positions` (ascending) of the first position at or after `index`; `positions.count` if none.
    private static func firstPosition(in positions: [Int], notBelow index: Int) -> Int {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// What the prose reader tests a character for.
struct CharacterClass: OptionSet {
    let rawValue: UInt8

    /// An ASCII digit: where a figure starts.
    static let asciiDigit = CharacterClass(rawValue: 1)
    /// `.` or `,`: inside a figure.
    static let separator = CharacterClass(rawValue: 2)
    /// One of `ProseText.sentenceEnds`.
    static let sentenceEnd = CharacterClass(rawValue: 4)
    /// One of `ProseText.clauseEnds`.
    static let clauseEnd = CharacterClass(rawValue: 8)

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The class of `character`. A character of one scalar that is ASCII or at least U+3000 (CJK and
    /// full-width) is judged by that scalar: no other character is canonically equivalent to it, so the answer
    /// is the sets' own. Others are looked up as `Character`s (`;` is also U+037E, the Greek question mark).
    init(_ character: Character) {
        var scalars = character.unicodeScalars.makeIterator()
        guard let scalar = scalars.next(), scalars.next() == nil, scalar.isASCII || scalar.value >= 0x3000 else {
            self = Self.looked(up: character)
            return
        }
        self = []
        if ("0"..."9").contains(scalar) { insert(.asciiDigit) }
        if scalar == "." || scalar == "," { insert(.separator) }
        if Self.sentenceEndScalars.contains(scalar) { insert(.sentenceEnd) }
        if Self.clauseEndScalars.contains(scalar) { insert(.clauseEnd) }
    }

    /// The class of a character of several scalars, or of one below U+3000 that is not ASCII.
    private static func looked(up character: Character) -> CharacterClass {
        var kind: CharacterClass = []
        if ProseText.sentenceEnds.contains(character) { kind.insert(.sentenceEnd) }
        if ProseText.clauseEnds.contains(character) { kind.insert(.clauseEnd) }
        return kind
    }

    // Arrays, not sets: a handful of scalars is scanned for less than one scalar is hashed, for every character.
    private static let sentenceEndScalars = ProseText.sentenceEnds.flatMap(\.unicodeScalars)
    private static let clauseEndScalars = ProseText.clauseEnds.flatMap(\.unicodeScalars)
}
