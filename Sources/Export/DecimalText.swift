public import FoundationEssentials

/// Decimals as text, exactly: the digits of the value, a `.` before the fraction, no exponent, no grouping.
public enum DecimalText {
    /// `2697.6` for 2,697.60, `-12.5`, `0`. Foundation's `Decimal.description` is locale-free and exact
    /// (up to 38 significant digits, more than any printed figure has).
    public static func exact(_ value: Decimal) -> String {
        value.description
    }
}
