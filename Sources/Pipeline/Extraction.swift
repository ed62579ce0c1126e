public import FoundationEssentials
import Checks
import Digest
public import PDFText
import PageModel
import Prose
public import Records
public import Tables

/// The whole pipeline for one PDF: bytes → page model → tables → narrative → checks → record-model document.
/// It holds no logic of its own; each stage lives in its module.
public struct Extraction: Sendable {
    public var reader: PDFReader
    /// The tables stage's thresholds (`SegmentationSettings.standard` unless overridden for an experiment).
    public var settings: SegmentationSettings

    public init(reader: PDFReader = PDFReader(), settings: SegmentationSettings = .standard) {
        self.reader = reader
        self.settings = settings
    }

    /// Extracts the document at `url`, recorded as `sourceName` (default: the file's name).
    /// Throws `PDFTextError` for input that cannot be read.
    public func extract(contentsOf url: URL, sourceName: String? = nil) throws -> ArchiveDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PDFTextError.unreadable(url, error)
        }
        return try extract(data, sourceName: sourceName ?? url.lastPathComponent)
    }

    /// Extracts a PDF held in memory; `sourceName` is the file name as dropped.
    public func extract(_ data: Data, sourceName: String) throws -> ArchiveDocument {
        let text = try reader.read(data, name: sourceName)
        let reading = DocumentReading(pages: text.pages, settings: settings)
        let info = DocumentInfo(
            sha256: SHA256.hex(of: data),
            sourceName: sourceName,
            pages: text.pages.count,
            department: reading.metadata.department,
            year: reading.metadata.year,
            unit: reading.metadata.unit,
            kind: reading.metadata.kind,
            family: reading.family,
            status: reading.status,
            producer: text.producer
        )
        var document = ArchiveDocument(document: info, tables: reading.tables, unreadFigures: reading.unreadFigures)
        document.report(reading.diagnostics)
        document.narrative = NarrativeReader().narrative(of: text.pages, besides: reading.tables)
        return Validation().validated(document)
    }
}
