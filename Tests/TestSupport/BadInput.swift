public import PDFText

/// Files that are not readable reports, each with the error kind it must get. Each test target makes the bytes
/// from its own material.
public enum BadInput: String, CaseIterable, Sendable {
    case empty, text, truncated, encrypted, imageOnly

    public var kind: PDFTextError.Kind {
        switch self {
        case .empty: .emptyFile
        case .text: .notAPDF
        case .truncated: .damaged
        case .encrypted: .encrypted
        case .imageOnly: .noTextLayer
        }
    }

    /// The file's name: every one claims to be a PDF.
    public var fileName: String { "\(rawValue).pdf" }
}
