/// The parser behind `LayoutJSON`: RFC 8259 JSON from UTF-8 bytes, recursive descent.
struct LayoutJSONReader {
    let bytes: [UInt8]
    var index = 0

    /// The bytes a number is written with.
    static let numberBytes = Set("+-0123456789.eE".utf8)

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func value() throws(LayoutJSON.Failure) -> LayoutJSON {
        skipSpace()
        guard index < bytes.count else { throw failure("a value expected") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object(try members())
        case UInt8(ascii: "["): return .array(try items())
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    mutating func end() throws(LayoutJSON.Failure) {
        skipSpace()
        guard index == bytes.count else { throw failure("nothing expected after the value") }
    }

    private mutating func members() throws(LayoutJSON.Failure) -> [String: LayoutJSON] {
        index += 1
        var members: [String: LayoutJSON] = [:]
        guard !closes(UInt8(ascii: "}")) else { return members }
        repeat {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure("a member name expected")
            }
            let name = try string()
            try expect(UInt8(ascii: ":"))
            members[name] = try value()
        } while try continues(closing: UInt8(ascii: "}"))
        return members
    }

    private mutating func items() throws(LayoutJSON.Failure) -> [LayoutJSON] {
        index += 1
        var items: [LayoutJSON] = []
        guard !closes(UInt8(ascii: "]")) else { return items }
        repeat { items.append(try value()) } while try continues(closing: UInt8(ascii: "]"))
        return items
    }

    /// After a member or an item: true at a comma, false at `closing` (both consumed).
    private mutating func continues(closing: UInt8) throws(LayoutJSON.Failure) -> Bool {
        skipSpace()
        guard index < bytes.count else { throw failure("\",\" or \"\(Character(Unicode.Scalar(closing)))\" expected") }
        index += 1
        if bytes[index - 1] == UInt8(ascii: ",") { return true }
        if bytes[index - 1] == closing { return false }
        index -= 1
        throw failure("\",\" or \"\(Character(Unicode.Scalar(closing)))\" expected")
    }

    /// Whether an empty object or array closes here (consumed if so).
    private mutating func closes(_ closing: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == closing else { return false }
        index += 1
        return true
    }

    private mutating func string() throws(LayoutJSON.Failure) -> String {
        index += 1
        var text: [UInt8] = []
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                defer { index += 1 }
                if text.isEmpty { return String(decoding: bytes[runStart..<index], as: UTF8.self) }
                text.append(contentsOf: bytes[runStart..<index])
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                text.append(contentsOf: bytes[runStart..<index])
                index += 1
                text.append(contentsOf: try escaped())
                runStart = index
            case 0..<0x20: throw failure("a control character inside a string")
            default: index += 1
            }
        }
        throw failure("an unterminated string")
    }

    /// The UTF-8 of the escape after a backslash.
    private mutating func escaped() throws(LayoutJSON.Failure) -> [UInt8] {
        guard index < bytes.count else { throw failure("an unterminated escape") }
        index += 1
        switch bytes[index - 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return [bytes[index - 1]]
        case UInt8(ascii: "b"): return [0x08]
        case UInt8(ascii: "f"): return [0x0C]
        case UInt8(ascii: "n"): return [0x0A]
        case UInt8(ascii: "r"): return [0x0D]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "u"):
            var value = try hex4()
            if (0xD800..<0xDC00).contains(value) {
                guard bytes[index...].starts(with: Array("\\u".utf8)) else { throw failure("a lone surrogate") }
                index += 2
                value = 0x10000 + ((value - 0xD800) << 10) + (try hex4() - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw failure("an invalid \\u escape") }
            return Array(String(scalar).utf8)
        default: throw failure("an unknown escape")
        }
    }

    private mutating func hex4() throws(LayoutJSON.Failure) -> UInt32 {
        guard index + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
        else { throw failure("four hex digits expected") }
        index += 4
        return value
    }

    private mutating func number() throws(LayoutJSON.Failure) -> Double {
        let start = index
        while index < bytes.count, Self.numberBytes.contains(bytes[index]) { index += 1 }
        guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
            index = start
            throw failure("a value expected")
        }
        return value
    }

    private mutating func literal(_ word: String) throws(LayoutJSON.Failure) {
        guard bytes[index...].starts(with: word.utf8) else { throw failure("\"\(word)\" expected") }
        index += word.utf8.count
    }

    private mutating func expect(_ byte: UInt8) throws(LayoutJSON.Failure) {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else {
            throw failure("\"\(Character(Unicode.Scalar(byte)))\" expected")
        }
        index += 1
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private func failure(_ what: String) -> LayoutJSON.Failure {
        LayoutJSON.Failure(description: "byte \(index): \(what)")
    }
}
