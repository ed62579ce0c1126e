import PrintedText

/// The levels of printed item lists.
enum ItemName {
    /// Whether the item is enumerated by a Chinese numeral (`一、…`): the top level of a list whose sub-items
    /// (`1.…`, `（一）…`) break it down.
    static func isTopLevel(_ item: String) -> Bool {
        let text = TextFold.key(item)
        let numeral = text.prefix(while: TextFold.chineseNumerals.contains)
        guard !numeral.isEmpty, let mark = text.dropFirst(numeral.count).first else { return false }
        return TextFold.enumeratorMarks.contains(mark)
    }
}
