import CPopplerGlib
public import FoundationEssentials
public import PageModel
import PrintedText

/// Reads a PDF through poppler-glib into pages of positioned text.
///
/// This is the only file that talks to poppler: every C allocation is owned and released here,
/// and only Swift values leave it. One document is read by one thread at a time.
public struct PDFReader: Sendable {
    public var grouping: GroupingSettings
    /// More than this share of glyphs without a Unicode value (U+FFFD, private use) rejects the document: its
    /// text layer cannot be read at all. Glyphs, not table cells: the tables stage's `unreadableFigureShare`
    /// only warns about number cells of a readable text layer.
    public var unreadableGlyphShare: Double

    public init(grouping: GroupingSettings = .standard, unreadableGlyphShare: Double = 0.5) {
        self.grouping = grouping
        self.unreadableGlyphShare = unreadableGlyphShare
    }

    /// Reads the file at `url`.
    public func read(contentsOf url: URL) throws(PDFTextError) -> DocumentText {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PDFTextError.unreadable(url, error)
        }
        return try read(data, name: url.lastPathComponent)
    }

    /// Reads a PDF held in memory; `name` is used in error messages.
    public func read(_ data: Data, name: String) throws(PDFTextError) -> DocumentText {
        try PDFSignature.check(data, name: name)
        return try PopplerDiagnostics.quieted { () throws(PDFTextError) -> DocumentText in
            try readChecked(data, name: name)
        }
    }

    /// Poppler reads the bytes in place, for as long as the document is open: a PDF is not copied again.
    private func readChecked(_ data: Data, name: String) throws(PDFTextError) -> DocumentText {
        let read = data.withUnsafeBytes { bytes in
            Result { () throws(PDFTextError) -> DocumentText in try readChecked(bytes, name: name) }
        }
        return try read.get()
    }

    private func readChecked(_ data: UnsafeRawBufferPointer, name: String) throws(PDFTextError) -> DocumentText {
        let document = try open(data, name: name)
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }

        let producer = poppler_document_get_producer(document).map(takeString)
        let count = Int(poppler_document_get_n_pages(document))
        var pages: [Page] = []
        pages.reserveCapacity(count)
        var glyphCount = 0
        var unreadable = 0
        for index in 0..<count {
            guard let page = poppler_document_get_page(document, Int32(index)) else {
                throw PDFTextError(.damaged, file: name, detail: "page \(index + 1) cannot be loaded")
            }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            var width = 0.0, height = 0.0
            poppler_page_get_size(page, &width, &height)
            let displayed = self.glyphs(of: page)
            let turn = TextTurn(of: displayed)
            let glyphs = PrintedSize.corrected(turn.upright(displayed, width: width, height: height))
            for glyph in glyphs {
                glyphCount += 1
                if CharacterFolding.isUnreadable(glyph.character) { unreadable += 1 }
            }
            var crop = PopplerRectangle()
            poppler_page_get_crop_box(page, &crop)
            let quarterTurned = (abs(crop.x2 - crop.x1) > abs(crop.y2 - crop.y1)) != (width > height)
            let size = turn.uprightSize(width: width, height: height)
            pages.append(
                Page(
                    number: index + 1, width: size.width, height: size.height, quarterTurned: quarterTurned,
                    glyphs: glyphs, settings: grouping))
        }
        if glyphCount == 0 {
            throw PDFTextError(.noTextLayer, file: name, detail: "\(count) pages, no characters")
        }
        if Double(unreadable) > unreadableGlyphShare * Double(glyphCount) {
            throw PDFTextError(
                .unreadableText, file: name, detail: "\(unreadable) of \(glyphCount) characters have no Unicode value")
        }
        return DocumentText(pages: pages, producer: producer)
    }

    /// Opens the document over `data` without copying it: the caller keeps `data` alive until the document is
    /// released.
    private func open(_ data: UnsafeRawBufferPointer, name: String) throws(PDFTextError) -> OpaquePointer {
        let bytes = g_bytes_new_static(data.baseAddress, gsize(data.count))
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        let document = poppler_document_new_from_bytes(bytes, nil, &error)
        if let document { return document }
        let code = error.map { Int($0.pointee.code) }
        let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } }
        if let error { g_error_free(error) }
        if code == Int(POPPLER_ERROR_ENCRYPTED.rawValue) {
            throw PDFTextError(.encrypted, file: name)
        }
        throw PDFTextError(.damaged, file: name, detail: message)
    }

    /// The page's visible characters with their boxes and fonts. `poppler_page_get_text_layout` gives one
    /// box per character of `poppler_page_get_text` (including the spaces and line breaks poppler inserts,
    /// which are dropped here but mark the next glyph as the start of a poppler word), and the text
    /// attributes give fonts by character offset.
    private func glyphs(of page: OpaquePointer) -> [Glyph] {
        guard let textPointer = poppler_page_get_text(page) else { return [] }
        let text = String(cString: textPointer)
        g_free(textPointer)

        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var rectangleCount: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &rectangleCount) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }

        var fonts = FontRuns(poppler_page_get_text_attributes(page))
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(Int(rectangleCount))
        var index = 0
        var afterBreak = true
        for scalar in text.unicodeScalars {
            guard index < Int(rectangleCount) else { break }
            defer { index += 1 }
            if scalar.isBlank {
                afterBreak = true
                continue
            }
            let rect = rectangles[index]
            let font = fonts.font(at: index)
            let box = Box(x0: rect.x1, y0: rect.y1, x1: rect.x2, y1: rect.y2)
            let character = CharacterFolding.fold(scalar)
            glyphs.append(
                Glyph(
                    character: character, box: box, fontSize: font?.size ?? 0, fontName: font?.name,
                    startsWord: afterBreak))
            afterBreak = false
        }
        return glyphs
    }
}

/// Font name and size by character offset, from `poppler_page_get_text_attributes`.
private struct FontRuns {
    struct Run { var start: Int; var end: Int; var name: String?; var size: Double }
    private var runs: [Run] = []
    private var cursor = 0

    init(_ list: UnsafeMutablePointer<GList>?) {
        runs.reserveCapacity(Int(g_list_length(list)))
        // A page uses a few fonts over many runs: each name is copied once, and its runs share that copy.
        var names: [(bytes: UnsafeMutablePointer<gchar>, name: String)] = []
        var node = list
        while let current = node {
            if let attributes = current.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self) {
                let a = attributes.pointee
                let name = a.font_name.map { bytes in
                    if let known = names.first(where: { strcmp($0.bytes, bytes) == 0 }) { return known.name }
                    names.append((bytes, String(cString: bytes)))
                    return names[names.count - 1].name
                }
                runs.append(Run(start: Int(a.start_index), end: Int(a.end_index), name: name, size: a.font_size))
            }
            node = current.pointee.next
        }
        poppler_page_free_text_attributes(list)
    }

    /// The run holding `offset`; offsets are asked for in increasing order.
    mutating func font(at offset: Int) -> Run? {
        while cursor < runs.count && runs[cursor].end < offset { cursor += 1 }
        guard cursor < runs.count, runs[cursor].start <= offset else { return nil }
        return runs[cursor]
    }
}

/// Copies a string poppler hands over and frees poppler's copy.
private func takeString(_ pointer: UnsafeMutablePointer<gchar>) -> String {
    defer { g_free(pointer) }
    return String(cString: pointer)
}
