import ArchiveStore
import Foundation
import Glibc
import TestSupport

/// A real `juesuan watch` under test, on a temporary inbox and archive. Foundation starts it in a process group of
/// its own, which its children join, so a test can kill them all at once, as a crash or the OOM killer would.
final class DaemonHarness {
    let folder: URL
    var inbox: URL { folder.appendingPathComponent("Inbox") }
    /// The archive the daemons of this harness write (a test may put it elsewhere, e.g. on a small file system).
    var archive: URL

    init() throws {
        folder = try Corpus.temporaryFolder()
        archive = folder.appendingPathComponent("Archive")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts `juesuan watch` on this inbox and archive with `arguments` added (fast rescans by default).
    func start(_ arguments: [String] = [], environment: [String: String] = [:], inbox: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.juesuan)
        process.arguments =
            [
                "watch", "--inbox", (inbox ?? self.inbox).path, "--archive", archive.path,
                "--settle-seconds", "0.5", "--rescan-seconds", "2",
            ] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        if !FileManager.default.fileExists(atPath: logPath) {
            _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        }
        let log = FileHandle(forWritingAtPath: logPath)
        _ = try log?.seekToEnd()
        process.standardError = log
        try process.run()
        return process
    }

    /// Runs `juesuan watch --once` with `arguments` added: it takes what is in the inbox, then exits. Returns its
    /// exit status.
    func runOnce(_ arguments: [String] = []) throws -> Int32 {
        let process = try start(["--once"] + arguments)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// SIGTERM, then the exit status.
    func stop(_ process: Process) -> Int32 {
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// SIGKILL to the daemon and every child in its process group.
    func killGroup(_ process: Process) {
        Glibc.kill(-process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Writes `data` into the inbox as `name` (opened, written, closed: one IN_CLOSE_WRITE).
    func drop(_ data: Data, as name: String) throws {
        try data.write(to: inbox.appendingPathComponent(name))
    }

    /// Drops `data` as `name` and waits until a daemon has claimed it (taken it from the inbox).
    func dropAndAwaitClaim(_ data: Data, as name: String) async throws {
        try drop(data, as: name)
        let dropped = inbox.appendingPathComponent(name).path
        while FileManager.default.fileExists(atPath: dropped) { try await Task.sleep(for: .milliseconds(10)) }
    }

    /// Writes `data` into the inbox under a name given as bytes (any bytes a file name may hold).
    func drop(_ data: Data, asBytes name: [UInt8]) throws {
        let path = Array(inbox.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer {
            $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        }
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        guard data.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == data.count else {
            throw POSIXError(.EIO)
        }
    }

    /// The index lines that do not parse as an entry, and what `jq` says if it cannot read the index (none: all is well).
    func unparsedLines() -> [String] {
        let index = archive.appendingPathComponent(ArchiveLayout.index)
        guard let data = try? Data(contentsOf: index) else { return [] }
        var unparsed = data.split(separator: UInt8(ascii: "\n"))
            .filter { (try? JSONDecoder().decode(IndexEntry.self, from: Data($0))) == nil }
            .map { String(decoding: $0, as: UTF8.self) }
        if let jq = try? ChildProcess.run("/usr/bin/jq", ["-c", ".", index.path]), jq.status != 0 {
            unparsed.append("jq: \(jq.errorText)")
        }
        return unparsed
    }

    /// Every byte the daemon wrote about files: the index, the notes and kept files in `rejected/`, and the log.
    func everythingWritten() -> Data {
        var all = Data(log.utf8)
        for file in files(under: archive) where file == ArchiveLayout.index || file.hasPrefix("rejected/") {
            all += (try? Data(contentsOf: archive.appendingPathComponent(file))) ?? Data()
        }
        return all
    }

    /// The index lines written so far (a torn last line is left out).
    func entries() -> [IndexEntry] {
        guard let data = try? Data(contentsOf: archive.appendingPathComponent(ArchiveLayout.index)) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap {
            try? JSONDecoder().decode(IndexEntry.self, from: Data($0))
        }
    }

    /// Waits until the log holds `text`; returns whether it did within `timeout`.
    @discardableResult
    func waitForLog(_ text: String, timeout: Duration = .seconds(30)) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !log.contains(text) && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        return log.contains(text)
    }

    /// Waits until the index has `count` lines; returns them.
    func waitForEntries(_ count: Int, timeout: Duration = .seconds(120)) async throws -> [IndexEntry] {
        let deadline = ContinuousClock.now + timeout
        while entries().count < count && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        return entries()
    }

    /// The rejection note an index line points at.
    func note(of entry: IndexEntry) throws -> RejectionNoteFields {
        try JSONDecoder().decode(
            RejectionNoteFields.self, from: Data(contentsOf: archive.appendingPathComponent(entry.json)))
    }

    /// The claims left in the work folders of the inbox (`work-ID/CLAIM.N/entry`).
    var claimsLeft: [String] {
        files(under: inbox.appendingPathComponent(".juesuan")).filter { $0.hasSuffix("/entry") }
    }

    /// Every file under `folder`, as paths relative to it.
    func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return (enumerator?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }.sorted()
    }

    private var logPath: String { folder.appendingPathComponent("daemon.log").path }

    /// What the daemons of this harness logged so far.
    var log: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }
}

/// The fields of a rejection note (`rejected/NAME.SHA12.error.json`) that say why.
struct RejectionNoteFields: Decodable {
    var code: String
    var reason: String
    var detail: String?
    var advice: String
}
