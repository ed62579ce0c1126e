/// The one form printed text is compared in: titles, header words, items and catalogue names. Hand-written
/// scans rather than regular expressions: they run on every line of every page.
public enum TextFold {
    /// 一 to 十: the numerals of printed enumerators (一、 (二) 表三).
    public static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    /// Marks that end a list enumerator: 一、 1. 1． 一，
    public static let enumeratorMarks: Set<Character> = ["、", ".", "．", "，"]

    /// The comparison key: white space and quotes removed, full-width brackets and colons folded to ASCII
    /// (`因公出国（境）费` and `因公出国(境)费` have one key). Scans scalars, not characters.
    public static func key(_ text: String) -> String {
        var out = ScalarText(capacity: text.utf8.count)
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
        return out.string
    }

    /// The key of an item without its enumerator: `八、社会保障和就业支出` and `社会保障和就业支出` compare equal.
    public static func itemKey(_ text: String) -> String {
        withoutEnumerator(key(text))
    }

    /// Whether the text starts with an enumerator (see `withoutEnumerator`).
    public static func startsWithEnumerator(_ text: String) -> Bool {
        withoutEnumerator(text) != text
    }

    /// Drops a leading enumerator: 一、 (一) （1） 1. 1、 附表1 表一.
    public static func withoutEnumerator(_ text: String) -> String {
        let rest = Substring(text)
        if rest.hasPrefix("附表") || rest.hasPrefix("表") {
            let label = rest.drop { $0 == "附" || $0 == "表" }
            let number = label.prefix { chineseNumerals.contains($0) || $0.isASCII && $0.isNumber }
            guard !number.isEmpty else { return text }
            let after = label.dropFirst(number.count)
            if let mark = after.first, enumeratorMarks.contains(mark) || mark == ":" || mark == "：" {
                return String(after.dropFirst())
            }
            return String(after)
        }
        if let open = rest.first, open == "(" || open == "（" {
            let numeral = number(at: rest.dropFirst())
            let after = rest.dropFirst(1 + numeral.count)
            if !numeral.isEmpty, let close = after.first, close == ")" || close == "）" {
                return String(after.dropFirst())
            }
            return text
        }
        let numeral = number(at: rest)
        let after = rest.dropFirst(numeral.count)
        if !numeral.isEmpty, let mark = after.first, enumeratorMarks.contains(mark) { return String(after.dropFirst()) }
        return text
    }

    /// A leading run of Chinese numerals, or of one or two digits (ASCII or full-width): `2024.` is a year, no
    /// enumerator.
    private static func number(at text: Substring) -> Substring {
        let chinese = text.prefix { chineseNumerals.contains($0) }
        if !chinese.isEmpty { return chinese }
        let digits = text.prefix { $0.isASCII && $0.isNumber || ("０"..."９").contains($0) }
        return digits.count <= 2 ? digits : text.prefix(0)
    }
}
