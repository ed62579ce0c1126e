/// The printed table tag, `公开01表` (sometimes split as `公开02` / `表`).
enum TableTag {
    /// The tag's range and its number (`"01"`), if `text` holds one.
    static func find(in text: String) -> (number: String, range: Range<String.Index>)? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while let found = scalars[index...].firstIndex(of: "公") {
            index = scalars.index(after: found)
            guard index < scalars.endIndex, scalars[index] == "开" else { continue }
            let digits = scalars[scalars.index(after: index)...].prefix { ("0"..."9").contains($0) }
            if (1...2).contains(digits.count) {
                var end = digits.endIndex
                if end < scalars.endIndex, scalars[end] == "表" { end = scalars.index(after: end) }
                let number = String(String.UnicodeScalarView(digits))
                return (digits.count == 1 ? "0" + number : number, found..<end)
            }
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
