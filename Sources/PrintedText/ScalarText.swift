/// Text built scalar by scalar, kept as its UTF-8 bytes until done: `String.UnicodeScalarView.append` costs some
/// 400 instructions a scalar (it re-checks the string's storage each time), an append here a few.
public struct ScalarText {
    @usableFromInline var utf8: [UInt8] = []

    /// Room for `scalars` scalars of up to three bytes (every CJK character) before the first reallocation.
    @inlinable
    public init(capacity scalars: Int) {
        utf8.reserveCapacity(scalars * 3)
    }

    /// Appends the scalar's UTF-8 bytes: one to four, by the range of its value.
    @inlinable
    public mutating func append(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            utf8.append(UInt8(truncatingIfNeeded: value))
        case 0x80..<0x800:
            utf8.append(0xC0 | UInt8(truncatingIfNeeded: value >> 6))
            utf8.append(0x80 | UInt8(truncatingIfNeeded: value & 0x3F))
        case 0x800..<0x10000:
            utf8.append(0xE0 | UInt8(truncatingIfNeeded: value >> 12))
            utf8.append(0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F))
            utf8.append(0x80 | UInt8(truncatingIfNeeded: value & 0x3F))
        default:
            utf8.append(0xF0 | UInt8(truncatingIfNeeded: value >> 18))
            utf8.append(0x80 | UInt8(truncatingIfNeeded: (value >> 12) & 0x3F))
            utf8.append(0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F))
            utf8.append(0x80 | UInt8(truncatingIfNeeded: value & 0x3F))
        }
    }

    /// The text: the same scalars, so the same `String` as appending them to a `String.UnicodeScalarView`.
    @inlinable
    public var string: String {
        String(decoding: utf8, as: UTF8.self)
    }
}
