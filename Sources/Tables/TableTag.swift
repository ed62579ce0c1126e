import Foundation

/// The printed table tag, `公开01表` (sometimes split as `公开02` / `表`).
enum TableTag {
    static let pattern = #"公开\d{1,2}表?"#

    /// The tag's number (`"01"`) if `text` holds one.
    static func number(in text: String) -> String? {
        guard let range = text.range(of: pattern, options: .regularExpression) else { return nil }
        let digits = text[range].filter(\.isNumber)
        return digits.count == 1 ? "0" + digits : String(digits)
    }

    /// `text` with any tag removed.
    static func removing(from text: String) -> String {
        text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
    }
}
