import PrintedText

/// Folds printed text to a form that titles and header words can be compared in: no whitespace,
/// no quotes, full-width brackets as ASCII. Hand-written scans rather than regular expressions:
/// they run on every line of every page.
enum TextNormalization {
    static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    static let enumeratorMarks: Set<Character> = ["、", ".", "．"]

    /// Whitespace and quotes removed, brackets folded. Scans scalars, not characters: it runs on every line.
    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !scalar.isBlank {
            switch scalar {
            case "“", "”", "\"", "‘", "’", "'", "「", "」", "〝", "〞", "『", "』": continue
            case "（": out.append("(")
            case "）": out.append(")")
            case "【": out.append("[")
            case "】": out.append("]")
            case "：": out.append(":")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whitespace removed: how names and items are recorded.
    static func compact(_ text: String) -> String {
        text.removingBlanks()
    }

    /// Drops a leading enumerator: 一、 (一) 1. 1、 附表1 表一.
    static func withoutEnumerator(_ text: String) -> String {
        var rest = Substring(text)
        if rest.hasPrefix("附表") || rest.hasPrefix("表") {
            let label = rest.drop { $0 == "附" || $0 == "表" }
            let number = label.prefix { chineseNumerals.contains($0) || $0.isASCII && $0.isNumber }
            if !number.isEmpty {
                rest = label.dropFirst(number.count)
                if let first = rest.first, enumeratorMarks.contains(first) || first == ":" || first == "：" { rest = rest.dropFirst() }
                return String(rest)
            }
            return text
        }
        if let open = rest.first, open == "(" || open == "（" {
            let numeral = rest.dropFirst().prefix { chineseNumerals.contains($0) }
            let after = rest.dropFirst(1 + numeral.count)
            if !numeral.isEmpty, let close = after.first, close == ")" || close == "）" { return String(after.dropFirst()) }
            return text
        }
        let chinese = rest.prefix { chineseNumerals.contains($0) }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        for number in [chinese, digits] where !number.isEmpty && (number != digits || number.count <= 2) {
            let after = rest.dropFirst(number.count)
            if let mark = after.first, enumeratorMarks.contains(mark) { return String(after.dropFirst()) }
        }
        return text
    }

    /// The fiscal year printed as `2024年度` (or `2024年`), and where it stands.
    static func year(in text: String, requireDu: Bool = true) -> (year: Int, range: Range<String.Index>)? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while let found = scalars[index...].firstIndex(of: "年") {
            let digits = scalars[..<found].reversed().prefix { ("0"..."9").contains($0) }
            let after = scalars.index(after: found)
            let hasDu = after < scalars.endIndex && scalars[after] == "度"
            if digits.count == 4, !requireDu || hasDu, let year = Int(String(String.UnicodeScalarView(digits.reversed()))),
               (1990...2099).contains(year) {
                let start = scalars.index(found, offsetBy: -4)
                let end = hasDu ? scalars.index(after: after) : after
                return (year, start..<end)
            }
            index = after
        }
        return nil
    }
}
