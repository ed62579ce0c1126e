import FoundationEssentials

/// Cheap checks on the bytes before poppler sees them, so that the common mistakes get a precise reason.
enum PDFSignature {
    /// PDF readers accept the header anywhere in the first kilobyte.
    static let headerWindow = 1024

    static func check(_ data: Data, name: String) throws(PDFTextError) {
        if data.isEmpty { throw PDFTextError(.emptyFile, file: name) }
        let window = data.prefix(headerWindow)
        let marker = Array("%PDF-".utf8)
        guard window.count >= marker.count else { throw PDFTextError(.notAPDF, file: name) }
        let bytes = Array(window)
        for start in 0...(bytes.count - marker.count) where bytes[start..<(start + marker.count)].elementsEqual(marker)
        {
            return
        }
        // Its bytes are not quoted: what is not a PDF may be anything (a password file, an environment).
        throw PDFTextError(.notAPDF, file: name, detail: "no %PDF- header in the first \(window.count) bytes")
    }
}
