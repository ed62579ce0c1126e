public import FoundationEssentials

/// Reads numbers as printed in the tables: `2,697.60`, `0.00`, `-12.5`, `（12.5）`, `96.84%`, full-width digits.
public enum PrintedNumber {
    /// Cells that mean "no value": blank, dashes, slash. They are absent in the record, never 0.
    /// Judged scalar by scalar: each mark is one scalar that no other character is canonically equivalent to,
    /// and a scalar that is no mark and no blank makes the text no mark, whatever character it belongs to.
    public static func isAbsentMark(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isBlank || absentMarkScalars.contains($0) }
    }

    /// Whether a printed number or a no-value mark can start with `scalar`, the first of its text that is no
    /// blank: a test in a few instructions that rules out names and prose before `parse` or `isAbsentMark`
    /// copies them. Every character they accept first is one scalar that no other character is canonically
    /// equivalent to, so a text starting with any other scalar is neither (a blank text is a mark: ask
    /// `isAbsentMark`).
    public static func canStartFigure(_ scalar: Unicode.Scalar) -> Bool {
        figureStarts.contains(scalar)
    }

    /// Whether `parse` reads `text` as a number: for the plain texts most figure cells are, told without
    /// building the decimal.
    public static func isNumber(_ text: String) -> Bool {
        if text.utf8.count <= plainLength, text.utf8.allSatisfy(isPlain) { return plainNumber(text) != nil }
        return parse(text) != nil
    }

    /// The exact decimal of a printed number, or nil when the text is not a number.
    /// Thousands separators are accepted only in groups of three.
    public static func parse(_ text: String) -> Decimal? {
        if text.utf8.count <= plainLength, text.utf8.allSatisfy(isPlain) { return parsePlain(text) }
        // Most cells are names: reject them before copying anything.
        guard let first = text.first(where: { !$0.isBlank }), numberStarts.contains(first) else { return nil }
        var digits = ""
        var negative = false
        var sawDigit = false
        var sawPoint = false
        var chars = Array(text.removingBlanks().map(halfWidth))
        if chars.last == "%" { chars.removeLast() }
        if chars.first == "(" && chars.last == ")" && chars.count > 2 {
            negative = true
            chars = Array(chars.dropFirst().dropLast())
        }
        if chars.first == "-" || chars.first == "+" {
            negative = chars.first == "-"
            chars.removeFirst()
        }
        var groupLength = -1
        for char in chars {
            switch char {
            case "0"..."9":
                digits.append(char)
                sawDigit = true
                if groupLength >= 0 && !sawPoint { groupLength += 1 }
            case ",":
                guard sawDigit, !sawPoint, groupLength == -1 || groupLength == 3 else { return nil }
                groupLength = 0
            case ".":
                guard !sawPoint, groupLength == -1 || groupLength == 3 else { return nil }
                sawPoint = true
                digits.append(".")
            default:
                return nil
            }
        }
        guard sawDigit, digits.last != ".", groupLength == -1 || groupLength == 3 || sawPoint else { return nil }
        guard let value = Decimal(string: digits, locale: posix) else { return nil }
        return negative ? -value : value
    }

    /// The longest text `parsePlain` reads: its digits fit a `UInt64`.
    private static let plainLength = 18

    /// Whether `byte` is an ASCII digit, separator, sign, parenthesis or `%`: a text of these only (most figure
    /// cells) holds no blank and no full-width character, and is read by `parsePlain`.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "-"),
            UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "%"):
            true
        default: false
        }
    }

    /// `parse` of a plain text (`isPlain`, at most `plainLength` bytes), step for step over its bytes. The
    /// decimal is built from the digits, the very value (mantissa and exponent) `Decimal(string:)` gives.
    private static func parsePlain(_ text: String) -> Decimal? {
        guard let (negative, digits) = plainNumber(text) else { return nil }
        return negative ? -digits.value : digits.value
    }

    /// The sign and digits of a plain text, checked as `parse` checks them; nil when it is no number. Read in
    /// place from the string's own UTF-8 storage (a bridged string's is copied first).
    private static func plainNumber(_ text: String) -> (negative: Bool, digits: PlainDigits)? {
        if let read = text.utf8.withContiguousStorageIfAvailable({ plainNumber(bytes: $0[...]) }) { return read }
        return Array(text.utf8).withUnsafeBufferPointer { plainNumber(bytes: $0[...]) }
    }

    private static func plainNumber(
        bytes: Slice<UnsafeBufferPointer<UInt8>>
    ) -> (negative: Bool, digits: PlainDigits)? {
        var bytes = bytes
        guard let first = bytes.first, first != UInt8(ascii: ","), first != UInt8(ascii: ")"),
            first != UInt8(ascii: "%")
        else { return nil }
        var negative = false
        if bytes.last == UInt8(ascii: "%") { bytes.removeLast() }
        if bytes.first == UInt8(ascii: "("), bytes.last == UInt8(ascii: ")"), bytes.count > 2 {
            negative = true
            bytes = bytes.dropFirst().dropLast()
        }
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
            negative = bytes.first == UInt8(ascii: "-")
            bytes.removeFirst()
        }
        guard let digits = PlainDigits(bytes) else { return nil }
        return (negative, digits)
    }

    /// The locale the digits are read in: made once, not per number.
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Characters a printed number can start with.
    private static let numberStarts: Set<Character> = Set("0123456789-+.(（－０１２３４５６７８９")

    /// The characters a no-value mark is made of (besides blanks).
    private static let absentMarks = "—–-－/／─━_"

    /// The scalars of `absentMarks`.
    private static let absentMarkScalars = Set(absentMarks.unicodeScalars)

    /// The scalars a number or a no-value mark can start with (`canStartFigure`).
    private static let figureStarts: Set<Unicode.Scalar> =
        Set(numberStarts.flatMap(\.unicodeScalars) + absentMarks.unicodeScalars)

    private static func halfWidth(_ char: Character) -> Character {
        guard let scalar = char.unicodeScalars.first, char.unicodeScalars.count == 1 else { return char }
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF0C, 0xFF0E, 0xFF05, 0xFF08, 0xFF09, 0xFF0D:
            return Character(UnicodeScalar(scalar.value - 0xFEE0)!)
        default: return char
        }
    }
}

/// The digits of a plain number (`PrintedNumber.parsePlain`), after its sign, parentheses and `%`: checked as
/// `PrintedNumber.parse` checks them (separators in groups of three, one point, a digit at least, no point last).
private struct PlainDigits {
    private var mantissa: UInt64 = 0
    private var fractionDigits = 0

    init?(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        var sawDigit = false
        var sawPoint = false
        var endsWithPoint = false
        var groupLength = -1
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if sawPoint { fractionDigits += 1 }
                sawDigit = true
                endsWithPoint = false
                if groupLength >= 0 && !sawPoint { groupLength += 1 }
            case UInt8(ascii: ","):
                guard sawDigit, !sawPoint, groupLength == -1 || groupLength == 3 else { return nil }
                groupLength = 0
            case UInt8(ascii: "."):
                guard !sawPoint, groupLength == -1 || groupLength == 3 else { return nil }
                sawPoint = true
                endsWithPoint = true
            default:
                return nil
            }
        }
        guard sawDigit, !endsWithPoint, groupLength == -1 || groupLength == 3 || sawPoint else { return nil }
    }

    /// The decimal `Decimal(string:)` reads from the digits: the mantissa with the exponent of the fraction; a
    /// zero keeps its exponent too (`0.00`), which `Decimal(sign:exponent:significand:)` would drop.
    var value: Decimal {
        guard mantissa != 0 else { return Self.zeros[fractionDigits] }
        return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(mantissa))
    }

    /// Zero with 0 to 17 fraction digits, as `Decimal(string:)` reads `0`, `0.0`, `0.00` ….
    private static let zeros: [Decimal] = (0..<18).map {
        Decimal(
            string: $0 == 0 ? "0" : "0." + String(repeating: "0", count: $0), locale: Locale(identifier: "en_US_POSIX"))!
    }
}
