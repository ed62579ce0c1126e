/// The fiscal year as a report prints it.
enum PrintedYear {
    /// Fiscal years a report can name: four digits outside this range are no year (a code, a count).
    static let plausible = 1990...2099

    /// The fiscal year printed as `2024年度` (or `2024年`), and where it stands.
    static func find(in text: String, requireDu: Bool = true) -> (year: Int, range: Range<String.Index>)? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while let found = scalars[index...].firstIndex(of: "年") {
            let digits = scalars[..<found].reversed().prefix { ("0"..."9").contains($0) }
            let after = scalars.index(after: found)
            let hasDu = after < scalars.endIndex && scalars[after] == "度"
            if digits.count == 4, !requireDu || hasDu,
                let year = Int(String(String.UnicodeScalarView(digits.reversed()))),
                plausible.contains(year)
            {
                let start = scalars.index(found, offsetBy: -4)
                let end = hasDu ? scalars.index(after: after) : after
                return (year, start..<end)
            }
            index = after
        }
        return nil
    }
}
