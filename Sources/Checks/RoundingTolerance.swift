public import FoundationEssentials

/// How far printed figures may disagree because each was rounded on its own (尾数误差).
///
/// Every amount is printed rounded to 0.01, so it may be off by up to `perTerm` (half a cent of the unit).
/// A comparison of a printed total with the sum of `n` printed parts involves `n + 1` rounded figures.
/// The tolerance grows with that count but stays at or below `cap`, so a real mismatch of 0.1 or more is never
/// passed even on top of the largest rounding the corpus shows (0.02).
public struct RoundingTolerance: Sendable, Hashable {
    /// Rounding of one printed figure: half of its last printed digit.
    public var perTerm: Decimal
    /// The largest tolerance any comparison gets, whatever the number of figures.
    public var cap: Decimal

    /// 0.005 per rounded figure, at most 0.05.
    public static let standard = RoundingTolerance(perTerm: Decimal(string: "0.005")!, cap: Decimal(string: "0.05")!)

    public init(perTerm: Decimal, cap: Decimal) {
        precondition(
            perTerm >= 0 && cap >= 0 && cap < Decimal(string: "0.1")!,
            "a tolerance of 0.1 or more would pass real mismatches")
        self.perTerm = perTerm
        self.cap = cap
    }

    /// The tolerance for comparing a printed figure with the sum of `parts` other printed figures.
    /// A figure compared with one other printing of the same figure (`parts == 1`) gets none: both are
    /// the same exact amount rounded the same way, so they must be equal.
    public func forSum(of parts: Int) -> Decimal {
        guard parts > 1 else { return 0 }
        return min(cap, perTerm * Decimal(parts + 1))
    }
}
