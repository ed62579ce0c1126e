import FoundationEssentials

/// The amount units reports print (金额单位), as multiples of 元.
enum MoneyUnit {
    static let yuan: [String: Decimal] = ["元": 1, "千元": 1_000, "万元": 10_000, "亿元": 100_000_000]

    /// The factor that turns an amount in `unit` into one in `target`; 1 where either is no known money unit.
    static func factor(from unit: String?, to target: String?) -> Decimal {
        guard let unit, let target, let from = yuan[unit], let to = yuan[target] else { return 1 }
        return from / to
    }
}
