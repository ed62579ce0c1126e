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
}
