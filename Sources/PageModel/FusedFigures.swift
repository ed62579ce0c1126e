/// Two printed figures set so tight that no gap parts them (`244,895.02192,446.79` where a narrow column's
/// right-aligned amount touches the next one): a word is one figure at most, so such a run is split again.
///
/// Figures of one table print the same number of decimals; the last figure's decimals tell where each earlier one
/// ends. A run splits only when every piece is a well-formed amount (`-?d{1,3}(,ddd)*.dd` or `-?d+.dd`) with at
/// least `minimumDecimals` decimals, so section numbers (`3.1.2`) and dates (`2024.01.15`) stay whole.
enum FusedFigures {
    static let minimumDecimals = 2
    /// The fewest characters two fused figures take (`0.000.00`).
    static let shortestPair = 7

    /// Whether a run of `count` characters starting with `first` may be fused figures: the cheap test before
    /// `breaks`.
    static func mayBeFused(count: Int, first: Unicode.Scalar) -> Bool {
        count >= shortestPair && (first == "-" || isDigit(first))
    }

    /// The offsets in `characters` at which the second and later figures start; empty for anything else.
    static func breaks(in characters: [Unicode.Scalar]) -> [Int] {
        let periods = characters.indices.filter { characters[$0] == "." }
        guard periods.count >= 2, let last = periods.last,
            characters.allSatisfy({ isDigit($0) || $0 == "," || $0 == "." || $0 == "-" })
        else { return [] }
        let decimals = characters.count - last - 1
        guard decimals >= minimumDecimals else { return [] }
        let starts = periods.dropLast().map { $0 + decimals + 1 }
        let bounds = [0] + starts + [characters.count]
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            guard start < end, isAmount(characters[start..<end], decimals: decimals) else { return [] }
        }
        return starts
    }

    /// Whether the characters are one amount with `decimals` decimals, its integer part grouped by threes or not
    /// at all, with no leading zero.
    private static func isAmount(_ characters: ArraySlice<Unicode.Scalar>, decimals: Int) -> Bool {
        let body = characters.first == "-" ? characters.dropFirst() : characters
        guard let period = body.firstIndex(of: "."), body.endIndex - period - 1 == decimals,
            body[(period + 1)...].allSatisfy(isDigit)
        else { return false }
        let integer = body[..<period]
        guard let first = integer.first, isDigit(first), first != "0" || integer.count == 1 else { return false }
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1 else { return integer.allSatisfy(isDigit) }
        return (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            && groups.allSatisfy { $0.allSatisfy(isDigit) }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
