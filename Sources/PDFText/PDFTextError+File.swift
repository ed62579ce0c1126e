public import FoundationEssentials
public import Glibc

extension PDFTextError {
    /// The file at `url` cannot be read, for the system's reason (`Permission denied`, `No such file or directory`).
    public static func unreadable(_ url: URL, _ error: any Error) -> PDFTextError {
        PDFTextError(.unreadableFile, file: url.lastPathComponent, detail: FileError.reason(error))
    }
}

/// What a failed file operation says to a person: the POSIX error under it, in the system's words.
public enum FileError {
    /// The POSIX error a file operation failed with, directly or under a `CocoaError`.
    public static func code(_ error: any Error) -> POSIXErrorCode? {
        if let posix = error as? POSIXError { return posix.code }
        return ((error as? CocoaError)?.underlying as? POSIXError)?.code
    }

    /// The system's text for the error (`strerror`), or the error's own description when it carries none.
    public static func reason(_ error: any Error) -> String {
        guard let code = code(error) else { return String(describing: error) }
        return String(cString: strerror(code.rawValue))
    }
}
