import Foundation

/// Folds printed text to a form that titles and header words can be compared in: no whitespace,
/// no quotes, full-width brackets as ASCII, `—`-style dashes kept.
enum TextNormalization {
    static let quotes: Set<Character> = ["“", "”", "\"", "‘", "’", "'", "「", "」", "〝", "〞", "『", "』"]
    static let foldedBrackets: [Character: Character] = ["（": "(", "）": ")", "【": "[", "】": "]", "：": ":"]

    /// Whitespace and quotes removed, brackets folded.
    static func key(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for char in text where !char.isWhitespace && !quotes.contains(char) {
            out.append(foldedBrackets[char] ?? char)
        }
        return out
    }

    /// Whitespace removed: how names and items are recorded.
    static func compact(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace })
    }

    /// Drops a leading enumerator: 一、 (一) 1. 1、 附表1 表一.
    static func withoutEnumerator(_ text: String) -> String {
        let patterns = [#"^[一二三四五六七八九十]+[、.．]"#, #"^\([一二三四五六七八九十]+\)"#, #"^\d{1,2}[、.．]"#,
                        #"^附表\d+[:、.]?"#, #"^表[一二三四五六七八九十\d]+[:、.]?"#]
        for pattern in patterns {
            if let range = text.range(of: pattern, options: .regularExpression) {
                return String(text[range.upperBound...])
            }
        }
        return text
    }
}
