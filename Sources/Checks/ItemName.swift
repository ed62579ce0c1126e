import Catalogue

/// Printed item names without their enumerators, for matching rows across tables and prose.
enum ItemName {
    private static let numerals = Set("一二三四五六七八九十0123456789０１２３４５６７８９")
    private static let separators = Set("、.．，")

    /// `八、社会保障和就业支出` → `社会保障和就业支出`; also `（一）`, `(1)`, `1.`; whitespace and the width
    /// of parentheses folded.
    static func stripped(_ item: String) -> String {
        var text = Substring(NameFolding.folded(item))
        if text.first == "（", let close = text.firstIndex(of: "）"),
           text[text.index(after: text.startIndex)..<close].allSatisfy(numerals.contains) {
            text = text[text.index(after: close)...]
        }
        let digits = text.prefix(while: numerals.contains)
        if !digits.isEmpty, let separator = text.dropFirst(digits.count).first, separators.contains(separator) {
            text = text.dropFirst(digits.count + 1)
        }
        return String(text)
    }

    private static let chineseNumerals = Set("一二三四五六七八九十")

    /// Whether the item is enumerated by a Chinese numeral (`一、…`): the top level of a list whose sub-items
    /// (`1.…`, `（一）…`) break it down.
    static func isTopLevel(_ item: String) -> Bool {
        let text = NameFolding.folded(item)
        let numeral = text.prefix(while: chineseNumerals.contains)
        guard !numeral.isEmpty, let separator = text.dropFirst(numeral.count).first else { return false }
        return separators.contains(separator)
    }
}
