extension Unicode.Scalar {
    /// White space as Unicode defines it (`White_Space`): ASCII blanks, NBSP, the ideographic space U+3000 and the
    /// other typographic spaces. ASCII and everything above U+3000 (every CJK character) are answered without a
    /// property lookup, which costs more than the rest of a typical scan.
    @inlinable
    public var isBlank: Bool {
        switch value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x80, 0x3001...: false
        default: properties.isWhitespace
        }
    }
}

extension Character {
    /// Whether the character is white space (see `Unicode.Scalar.isBlank`), judged by its first scalar as
    /// `Character.isWhitespace` is, without its grapheme machinery.
    @inlinable
    public var isBlank: Bool {
        unicodeScalars.first?.isBlank ?? false
    }
}

extension StringProtocol {
    /// The text without white space: how names, items and titles are compared and recorded. Inlinable, as
    /// `includes` is.
    @inlinable
    public func removingBlanks() -> String {
        // Most texts (every word of a page model) hold no blank: scanning is cheap, appending scalar by scalar is not.
        guard unicodeScalars.contains(where: \.isBlank) else { return String(self) }
        var scalars = ScalarText(capacity: utf8.count)
        for scalar in unicodeScalars where !scalar.isBlank { scalars.append(scalar) }
        return scalars.string
    }
}
