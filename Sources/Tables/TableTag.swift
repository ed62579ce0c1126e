/// The printed table tag, `公开01表` (sometimes split as `公开02` / `表`).
enum TableTag {
    /// The tag's range and its number (`"01"`), if `text` holds one.
    static func find(in text: String) -> (number: String, range: Range<String.Index>)? {
        var index = text.startIndex
        while let found = text[index...].range(of: "公开") {
            let digits = text[found.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if (1...2).contains(digits.count) {
                var end = digits.endIndex
                if end < text.endIndex, text[end] == "表" { end = text.index(after: end) }
                return (digits.count == 1 ? "0" + digits : String(digits), found.lowerBound..<end)
            }
            index = found.upperBound
        }
        return nil
    }

    static func number(in text: String) -> String? {
        find(in: text)?.number
    }

    /// `text` with the tag removed.
    static func removing(from text: String) -> String {
        guard let tag = find(in: text) else { return text }
        var copy = text
        copy.removeSubrange(tag.range)
        return copy
    }
}
