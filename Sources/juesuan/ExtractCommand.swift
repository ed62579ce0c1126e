import ArgumentParser
import FoundationEssentials
import Glibc
import Ingest
import PDFText
import Pipeline
import Records

/// `juesuan extract`: one PDF → one record-model JSON document on stdout.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the tables of one PDF as a record-model v1 JSON document on stdout.",
        discussion: """
            This is the code the daemon runs for each PDF, in a child process. On input that cannot be read \
            (empty, not a PDF, damaged, encrypted, no text layer), or when reading runs out of --memory-limit, \
            it prints one JSON line on stderr, {"code", "file", "reason", "detail", "advice"} (code: empty_file, \
            not_a_pdf, damaged, encrypted, no_text_layer, unreadable_text, unreadable_file, memory_limit), \
            and exits with status 65.
            """
    )

    @Argument(
        help: "The PDF to read (with --stdin: only its name). Put it after `--` when it may start with `-`.",
        completion: .file(extensions: ["pdf"]))
    var file: String

    @Flag(
        name: .long,
        help: "Read the PDF from standard input, an open file (what the daemon passes); FILE only names it.")
    var stdin = false

    @Flag(name: .long, help: "Indent the JSON for reading.")
    var pretty = false

    @Flag(
        name: .long,
        help:
            "Once the PDF is read into memory, close a box on this process: no other file read or written, no network (what the daemon asks for)."
    )
    var sandbox = false

    @Option(name: .long, help: "The file name to record as source_name (default: the file's own name).")
    var sourceName: String?

    @OptionGroup var tuning: SettingsOption

    @Option(name: .long, help: "Bytes of address space reading may use (RLIMIT_AS, set once this program is loaded).")
    var memoryLimit: Int?

    func run() throws {
        let url = URL(fileURLWithPath: file)
        if let memoryLimit {
            MemoryLimit.apply(
                bytes: memoryLimit,
                report: .memoryLimit(
                    file: url.lastPathComponent, bytes: memoryLimit, detail: "an allocation failed (ENOMEM)"))
        }
        let document: ArchiveDocument
        do {
            let settings = try tuning.settings()
            let data = stdin ? try standardInput(name: url.lastPathComponent) : try bytes(of: url)
            if sandbox { try closeSandbox() }
            document = try Extraction(settings: settings).extract(data, sourceName: sourceName ?? url.lastPathComponent)
        } catch let error as PDFTextError {
            let failure = ExtractorFailure(
                code: error.kind.rawValue, file: error.file, reason: error.reason,
                detail: error.detail, advice: error.advice)
            StandardStream.error.write(failure.line)
            throw ExitCode(ExtractorFailure.exitStatus)
        }
        var json = try document.jsonData(pretty: pretty)
        json.append(UInt8(ascii: "\n"))
        StandardStream.output.write(json)
    }

    /// Closes the reader's box; a box that cannot close is this program's failure, reported as such.
    private func closeSandbox() throws {
        do {
            _ = try ReaderSandbox.close()
        } catch {
            StandardStream.error.write("juesuan: the reader's sandbox: \(error)\n")
            throw ExitCode(70)
        }
    }

    /// The bytes of the open file on standard input, from its start (the daemon may have read it already).
    private func standardInput(name: String) throws -> Data {
        if let data = FileBytes.read(STDIN_FILENO) { return data }
        _ = lseek(STDIN_FILENO, 0, SEEK_SET)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == ENOMEM { MemoryLimit.reportExhaustion() }
                throw PDFTextError(.unreadableFile, file: name, detail: String(cString: strerror(errno)))
            }
            data.append(contentsOf: buffer[..<count])
        }
    }

    /// The file's bytes. Running out of memory while reading them is the memory limit's report, not an
    /// unreadable file.
    private func bytes(of url: URL) throws -> Data {
        // Not blocking on a FIFO: what is no regular file is read as before.
        let descriptor = url.withUnsafeFileSystemRepresentation { path in
            path.map { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) } ?? -1
        }
        if descriptor >= 0 {
            defer { close(descriptor) }
            if let data = FileBytes.read(descriptor) { return data }
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            if FileError.code(error) == .ENOMEM {
                MemoryLimit.reportExhaustion()
            }
            throw PDFTextError.unreadable(url, error)
        }
    }
}
