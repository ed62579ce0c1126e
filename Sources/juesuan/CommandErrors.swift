import ArgumentParser
import FoundationEssentials
import Ingest

/// Turns errors into the CLI's contract: one line on stderr naming the file, a non-zero exit code,
/// never a stack trace.
enum CommandErrors {
    /// Exit code for input that cannot be processed (EX_DATAERR of sysexits.h), as for `extract`.
    static let badInput = ExtractorFailure.exitStatus

    /// Runs `body`; an error is printed as one line and becomes `ExitCode(badInput)`.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw fail(String(describing: error))
        }
    }

    /// Prints `message` as one line on stderr and returns the exit to throw.
    static func fail(_ message: String) -> ExitCode {
        let line = message.replacing("\n", with: " ")
        StandardStream.error.write("juesuan: \(line)\n")
        return ExitCode(badInput)
    }
}
