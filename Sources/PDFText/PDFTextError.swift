/// Why a PDF could not be read, with a sentence a person can act on.
public struct PDFTextError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, as a stable machine-readable code.
    public enum Kind: String, Sendable, Equatable, Codable {
        case emptyFile = "empty_file"
        case notAPDF = "not_a_pdf"
        case damaged
        case encrypted
        case noTextLayer = "no_text_layer"
        case unreadableText = "unreadable_text"
        case unreadableFile = "unreadable_file"
    }

    public var kind: Kind
    /// The file name the error is about.
    public var file: String
    /// Extra detail from the reader (poppler's message, the OS error), if any.
    public var detail: String?

    public init(_ kind: Kind, file: String, detail: String? = nil) {
        self.kind = kind
        self.file = file
        self.detail = detail
    }

    /// What is wrong, in a few words.
    public var reason: String {
        switch kind {
        case .emptyFile: "empty file (0 bytes)"
        case .notAPDF: "not a PDF (no %PDF header)"
        case .damaged: "damaged beyond repair"
        case .encrypted: "encrypted (a password is needed)"
        case .noTextLayer: "no text layer (scanned image?)"
        case .unreadableText: "text layer is unreadable (fonts without a Unicode map)"
        case .unreadableFile: "file cannot be read"
        }
    }

    /// What a person can do about it.
    public var advice: String {
        switch kind {
        case .emptyFile: "the upload or copy was probably interrupted; copy the file again"
        case .notAPDF: "check that this is the report itself and not an HTML page or a renamed document"
        case .damaged: "download the report again from its source"
        case .encrypted: "ask the publisher for an unprotected copy, or remove the password with qpdf --decrypt"
        case .noTextLayer: "run OCR on it (e.g. ocrmypdf) and drop the result in the inbox"
        case .unreadableText: "export the report again with embedded Unicode fonts, or run OCR on it"
        case .unreadableFile: "check that the file exists and is readable by the service user"
        }
    }

    public var description: String {
        var line = "\(file): \(reason)"
        if let detail, !detail.isEmpty { line += " [\(detail)]" }
        return line + "; \(advice)"
    }
}
