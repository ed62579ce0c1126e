/// The fiscal year as a report prints it.
enum PrintedYear {
    /// Fiscal years a report can name: four digits outside this range are no year (a code, a count).
    static let plausible = 1990...2099

    /// The fiscal year printed as `2024年度` (or `2024年`), and where it stands.
    static func find(in text: String, requireDu: Bool = true) -> (year: Int, range: Range<String.Index>)? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while let found = scalars[index...].firstIndex(of: "年") {
            // The run of digits right before 年, walked back to its first digit.
            var start = found
            while start > scalars.startIndex, ("0"..."9").contains(scalars[scalars.index(before: start)]) {
                start = scalars.index(before: start)
            }
            let after = scalars.index(after: found)
            let hasDu = after < scalars.endIndex && scalars[after] == "度"
            if scalars.distance(from: start, to: found) == 4, !requireDu || hasDu,
                let year = Int(String(scalars[start..<found])), plausible.contains(year)
            {
                let end = hasDu ? scalars.index(after: after) : after
                return (year, start..<end)
            }
            index = after
        }
        return nil
    }
}
