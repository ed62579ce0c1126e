public import Foundation

/// Reads numbers as printed in the tables: `2,697.60`, `0.00`, `-12.5`, `（12.5）`, `96.84%`, full-width digits.
public enum PrintedNumber {
    /// Cells that mean "no value": blank, dashes, slash. They are absent in the record, never 0.
    public static func isAbsentMark(_ text: String) -> Bool {
        let stripped = text.removingBlanks()
        if stripped.isEmpty { return true }
        return stripped.allSatisfy { absentMarks.contains($0) }
    }

    /// Whether a printed number or a no-value mark can start with `scalar`, the first of its text that is no
    /// blank: a test in a few instructions that rules out names and prose before `parse` or `isAbsentMark`
    /// copies them. Every character they accept first is one scalar that no other character is canonically
    /// equivalent to, so a text starting with any other scalar is neither (a blank text is a mark: ask
    /// `isAbsentMark`).
    public static func canStartFigure(_ scalar: Unicode.Scalar) -> Bool {
        figureStarts.contains(scalar)
    }

    /// The exact decimal of a printed number, or nil when the text is not a number.
    /// Thousands separators are accepted only in groups of three.
    public static func parse(_ text: String) -> Decimal? {
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

    /// The locale the digits are read in: made once, not per number.
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Characters a printed number can start with.
    private static let numberStarts: Set<Character> = Set("0123456789-+.(（－０１２３４５６７８９")

    /// The characters a no-value mark is made of (besides blanks).
    private static let absentMarks = "—–-－/／─━_"

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
