import FoundationEssentials
import PrintedText
import Records

/// Classifies printed cell texts.
enum PrintedValue {
    /// A number as printed in an amount or 行次 cell (`2,697.60`, `12`, `-3.5`, `96.84%`).
    static func isNumeric(_ text: String) -> Bool {
        PrintedNumber.isNumber(text)
    }

    /// Digits only, 3 to 7 of them: how 功能分类 and 经济分类 codes are printed (clipped ones have 4).
    static func looksLikeCode(_ text: String) -> Bool {
        (3...7).contains(text.count) && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
    }

    /// Digits only, 1 to 7 of them: a whole code or one of its 类 / 款 / 项 pieces (`201`, `06`, `1`).
    static func looksLikeCodePiece(_ text: String) -> Bool {
        (1...7).contains(text.count) && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
    }

    /// An amount as tables print it: a number with decimals or thousands separators (`2,697.60`, `0.00`,
    /// `156,211,123` in 元). A bare integer may be a year, a 行次 or a page number.
    static func looksLikeAmount(_ text: String) -> Bool {
        (text.includes(".") || text.includes(",")) && isNumeric(text)
    }
}
