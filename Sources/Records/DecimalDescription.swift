public import FoundationEssentials

/// `Decimal.description`, written as bytes: the digits of the mantissa, the point placed by the exponent (`2697.6`,
/// `0.05`, `1000`), a minus sign before a negative one. `description` divides the mantissa digit by digit in
/// 16-bit words and builds a `String`; a JSON document holds tens of thousands of decimals.
public enum DecimalDescription {
    /// The description of `value` as a `String`: what check sentences quote.
    public static func text(_ value: Decimal) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the description of `value` to `bytes`. NaN, zero and mantissas wider than 64 bits (none in
    /// printed reports) are left to `description` itself.
    static func append(_ value: Decimal, to bytes: inout [UInt8]) {
        guard !value.isNaN, let mantissa = mantissa(of: value), mantissa != 0 else {
            bytes.append(contentsOf: value.description.utf8)
            return
        }
        if value.sign == .minus { bytes.append(UInt8(ascii: "-")) }
        let digits = Array(String(mantissa).utf8)
        let exponent = value.exponent
        if exponent >= 0 {
            bytes.append(contentsOf: digits)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: exponent))
        } else if -exponent < digits.count {
            bytes.append(contentsOf: digits.dropLast(-exponent))
            bytes.append(UInt8(ascii: "."))
            bytes.append(contentsOf: digits.suffix(-exponent))
        } else {
            bytes.append(contentsOf: "0.".utf8)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -exponent - digits.count))
            bytes.append(contentsOf: digits)
        }
    }

    /// The mantissa of `value` when it fits 64 bits. A `Decimal` is stored as its exponent and flags (4 bytes),
    /// then the mantissa as eight 16-bit words, least significant first; Foundation gives no public way to read
    /// them. A test checks the text against `description` on many decimals, so a change of layout shows there.
    static func mantissa(of value: Decimal) -> UInt64? {
        guard MemoryLayout<Decimal>.size == 20 else { return nil }
        return withUnsafeBytes(of: value) { storage in
            func word(_ index: Int) -> UInt64 { UInt64(storage[4 + 2 * index]) | UInt64(storage[5 + 2 * index]) << 8 }
            guard (4..<8).allSatisfy({ word($0) == 0 }) else { return nil }
            return word(0) | word(1) << 16 | word(2) << 32 | word(3) << 48
        }
    }
}
