/// A JSON value of `layouts.json`, read by a small strict parser. JSONDecoder's generic machinery (type metadata
/// and conformance lookups made the first time each type is decoded) cost every `juesuan extract` process a
/// millisecond for 18 KB of data.
enum LayoutJSON: Sendable {
    case object([String: LayoutJSON])
    case array([LayoutJSON])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// What is wrong with the data, and where (a JSON path, or a byte offset while parsing).
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The value the bytes hold, and nothing after it but white space.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> LayoutJSON {
        var reader = LayoutJSONReader(bytes: bytes)
        let value = try reader.value()
        try reader.end()
        return value
    }

    /// The member `name` of an object; `path` names this value in errors.
    func member(_ name: String, at path: @autoclosure () -> String) throws(Failure) -> LayoutJSON {
        guard let value = optionalMember(name) else { throw Failure(description: "\(path()): no \"\(name)\"") }
        return value
    }

    /// The member `name` of an object, nil when it is absent or null.
    func optionalMember(_ name: String) -> LayoutJSON? {
        guard case .object(let members) = self, let value = members[name] else { return nil }
        if case .null = value { return nil }
        return value
    }

    func string(at path: @autoclosure () -> String) throws(Failure) -> String {
        guard case .string(let text) = self else { throw Failure(description: "\(path()): a string expected") }
        return text
    }

    func bool(at path: @autoclosure () -> String) throws(Failure) -> Bool {
        guard case .bool(let flag) = self else { throw Failure(description: "\(path()): true or false expected") }
        return flag
    }

    func array(at path: @autoclosure () -> String) throws(Failure) -> [LayoutJSON] {
        guard case .array(let items) = self else { throw Failure(description: "\(path()): an array expected") }
        return items
    }

    func object(at path: @autoclosure () -> String) throws(Failure) -> [String: LayoutJSON] {
        guard case .object(let members) = self else { throw Failure(description: "\(path()): an object expected") }
        return members
    }

    func strings(at path: @autoclosure () -> String) throws(Failure) -> [String] {
        var texts: [String] = []
        for (index, item) in try array(at: path()).enumerated() {
            texts.append(try item.string(at: "\(path())[\(index)]"))
        }
        return texts
    }

    /// The raw value of `T` that this string names.
    func raw<T: RawRepresentable<String>>(_: T.Type, at path: @autoclosure () -> String) throws(Failure) -> T {
        let text = try string(at: path())
        guard let value = T(rawValue: text) else {
            throw Failure(description: "\(path()): \"\(text)\" is no \(T.self)")
        }
        return value
    }
}
