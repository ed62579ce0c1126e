public import Foundation

/// A child process run to completion: its exit status and what it printed.
public struct ChildProcess: Sendable {
    public var status: Int32
    public var output: Data
    public var errorOutput: Data

    /// stdout as UTF-8 text.
    public var outputText: String { String(decoding: output, as: UTF8.self) }
    /// stderr as UTF-8 text.
    public var errorText: String { String(decoding: errorOutput, as: UTF8.self) }

    /// Runs `executable` with `arguments` and waits for it. Both streams go to temporary files, so a child
    /// that prints a lot on both cannot stall on a full pipe.
    public static func run(_ executable: String, _ arguments: [String]) throws -> ChildProcess {
        let folder = try Corpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return ChildProcess(
            status: process.terminationStatus, output: try Data(contentsOf: out),
            errorOutput: try Data(contentsOf: err))
    }

    /// Runs a tool that must succeed (qpdf, pdftotext); throws with its stderr when it does not.
    @discardableResult
    public static func succeed(_ executable: String, _ arguments: [String]) throws -> ChildProcess {
        let child = try run(executable, arguments)
        guard child.status == 0 else { throw ChildProcessFailure(command: [executable] + arguments, child: child) }
        return child
    }
}

/// A tool that had to succeed exited with a non-zero status.
public struct ChildProcessFailure: Error, CustomStringConvertible {
    public var command: [String]
    public var child: ChildProcess
    public var description: String { "\(command.joined(separator: " ")) exited \(child.status): \(child.errorText)" }
}
