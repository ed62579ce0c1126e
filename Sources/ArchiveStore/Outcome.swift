public import FoundationEssentials

/// What processing made of a source file, ready to be committed to the archive.
public enum Outcome: Sendable {
    /// A record-model document: the exact JSON bytes the extractor wrote, and what the archive needs of them.
    case document(DocumentSummary, json: Data)
    /// The same bytes were archived before, as `original`.
    case duplicate(of: IndexEntry)
    /// The file cannot be archived as a document.
    case rejected(Rejection)
}
