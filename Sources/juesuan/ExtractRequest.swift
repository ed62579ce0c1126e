import ArgumentParser
import FoundationEssentials
import Glibc
import Ingest
import PDFText
import Pipeline
import Records

/// What `juesuan extract` is asked to do, as plain values: parsed by ArgumentParser (`ExtractCommand`), or read
/// directly from the plain forms the daemon and scripts use (`init?(plainArguments:)`).
struct ExtractRequest: Equatable {
    var file: String
    var stdin = false
    var pretty = false
    var sandbox = false
    var sourceName: String?
    var settingsFile: String?
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
            let settings = try SettingsOption.settings(file: settingsFile)
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
