/// Compares printed names the way a reader would: whitespace and the width of parentheses do not matter.
public enum NameFolding {
    /// `name` without whitespace, with ASCII parentheses turned full-width: `因公出国(境)费用` → `因公出国（境）费用`.
    public static func folded(_ name: String) -> String {
        String(name.compactMap { char -> Character? in
            switch char {
            case "(": "（"
            case ")": "）"
            case _ where char.isWhitespace: nil
            default: char
            }
        })
    }
}
