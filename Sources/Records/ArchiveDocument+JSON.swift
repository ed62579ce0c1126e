public import FoundationEssentials

extension ArchiveDocument {
    /// The document as JSON: keys sorted so that the same PDF always gives the same bytes. Compact JSON is
    /// written by hand (`CompactJSON`, the bytes `JSONEncoder` writes, at a fraction of its cost); indented JSON,
    /// for reading, by `JSONEncoder`.
    public func jsonData(pretty: Bool = false) throws -> Data {
        guard pretty else { return CompactJSON.data(of: self) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return try encoder.encode(self)
    }

    /// Reads a record-model document.
    public init(jsonData: Data) throws {
        self = try JSONDecoder().decode(ArchiveDocument.self, from: jsonData)
    }
}
