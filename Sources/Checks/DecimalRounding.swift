import FoundationEssentials

extension Decimal {
    /// This value to `places` decimal places, a half rounded away from zero (as `NSDecimalRound`'s `.plain`,
    /// which FoundationEssentials lacks). Exact: it rounds the printed digits.
    func roundedAwayFromZero(places: Int) -> Decimal {
        let text = magnitude.description
        guard let point = text.firstIndex(of: "."), text.distance(from: point, to: text.endIndex) > places + 1 else {
            return self
        }
        let cut = text.index(point, offsetBy: places + 1)
        var digits = Array(text[..<cut].utf8.filter { $0 != UInt8(ascii: ".") })
        if text.utf8[cut] >= UInt8(ascii: "5") {
            var index = digits.count - 1
            while index >= 0 && digits[index] == UInt8(ascii: "9") {
                digits[index] = UInt8(ascii: "0")
                index -= 1
            }
            if index >= 0 { digits[index] += 1 } else { digits.insert(UInt8(ascii: "1"), at: 0) }
        }
        var result = Decimal(string: String(decoding: digits, as: UTF8.self))!
        for _ in 0..<places { result /= 10 }
        return self < 0 ? -result : result
    }
}
