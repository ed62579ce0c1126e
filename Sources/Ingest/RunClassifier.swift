import ArchiveStore
import Foundation
import Glibc

/// Turns how a child ended into what the archive records: its document, or a rejection with the reason.
struct RunClassifier {
    let limits: ChildLimits

    /// Phrases in a child's stderr that mean an allocation failed (the loader, Swift's runtime, Foundation, GLib,
    /// C++ new).
    static let outOfMemoryMarkers = [
        "failed to map segment", "Cannot allocate memory", "Could not allocate memory", "failed to allocate", "bad_alloc",
        "out of memory",
    ]
    /// The exit status of `juesuan extract` for input it cannot read (EX_DATAERR).
    static let badInputStatus: Int32 = 65

    /// The outcome of `run`, or nil when shutdown stopped the child (the claim stays for the next start).
    func outcome(of run: ExtractorProcess.Run, sourceName: String) -> Outcome? {
        let message = run.errorOutput.split(separator: "\n").last.map(String.init)
        if Self.outOfMemoryMarkers.contains(where: run.errorOutput.contains) && run.ending != .exited(0) {
            return .rejected(Rejections.memoryLimit(limits, detail: message))
        }
        switch run.ending {
        case .stopped:
            return nil
        case .timedOut:
            return .rejected(Rejections.timeLimit(limits))
        case .exited(0):
            do {
                return .document(try DocumentSummary(jsonData: run.output), json: run.output)
            } catch {
                return .rejected(Rejections.invalidOutput(String(describing: error)))
            }
        case .exited(Self.badInputStatus):
            return .rejected(Rejections.badInput(message ?? "", sourceName: sourceName))
        case .exited(let status):
            return .rejected(Rejections.crashed("exit status \(status)", detail: message))
        case .signalled(SIGXCPU):
            return .rejected(Rejections.cpuLimit(limits))
        case .signalled(SIGKILL):
            return .rejected(Rejections.crashed("killed: the CPU limit or the system's out-of-memory killer", detail: message))
        case .signalled(let signal):
            return .rejected(Rejections.crashed("signal \(signal), \(String(cString: strsignal(signal)))", detail: message))
        }
    }
}
