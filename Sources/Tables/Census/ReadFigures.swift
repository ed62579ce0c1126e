import FoundationEssentials
import PageModel
import PrintedText
import Records

/// What a read table's records and fields hold (`extra` figures too): a printed figure whose number or text is
/// found there went to a record, one found nowhere was left unread.
struct ReadFigures: Sendable {
    private var numbers: Set<Decimal> = []
    private var texts = ""

    init(_ table: Table) {
        for value in table.records.flatMap(\.values) + (table.fields?.values.map { $0 } ?? []) {
            if let number = value.number { numbers.insert(number) }
            numbers.formUnion(value.figures?.values.map { $0 } ?? [])
            if let text = value.text { texts += text + "|" }
        }
    }

    /// Whether the word's number is a figure of a record, or (unless it stands in a number column) its text part
    /// of a record's text (a code piece, a number in a name).
    func holds(_ word: Word, inNumberColumn: Bool) -> Bool {
        let text = word.text.removingBlanks()
        return PrintedNumber.parse(text).map(numbers.contains) == true || (!inNumberColumn && texts.includes(text))
    }
}
