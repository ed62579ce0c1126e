public import Foundation

extension ArchiveDocument {
    /// The document as JSON: keys sorted so that the same PDF always gives the same bytes.
    public func jsonData(pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a record-model document.
    public init(jsonData: Data) throws {
        self = try JSONDecoder().decode(ArchiveDocument.self, from: jsonData)
    }
}
