public import PageModel
public import Records

/// What the tables stage reads from a document's pages: metadata, family, tables and warnings.
public struct DocumentReading: Sendable {
    public var metadata: DocumentMetadata
    public var family: Family
    public var status: Status
    public var tables: [Table]
    public var warnings: [String]

    public init(pages: [Page]) {
        metadata = DocumentMetadata(pages: pages)
        family = .unknown
        status = .unrecognized
        tables = []
        warnings = []
    }
}
