import FoundationEssentials
import Records

/// Writes amounts the way the tables print them: two decimals for money, integers as they are.
enum Amount {
    static func text(_ value: Decimal) -> String {
        let plain = DecimalDescription.text(value)
        guard let point = plain.firstIndex(of: ".") else { return plain }
        let decimals = plain.distance(from: point, to: plain.endIndex) - 1
        return decimals >= 2 ? plain : plain + String(repeating: "0", count: 2 - decimals)
    }

    /// The sum of `values`.
    static func sum(_ values: [Decimal]) -> Decimal { values.reduce(0, +) }
}
