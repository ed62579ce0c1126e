import ArchiveStore
import FoundationEssentials
import Glibc

/// Turns how a child ended into what the archive records: its document, or a rejection with the reason. It
/// decides on facts only: the exit status, the signal, the deadline, and the child's `ExtractorFailure` report.
struct RunClassifier {
    let limits: ChildLimits

    /// The outcome of `run`, or nil when shutdown stopped the child (the claim stays for the next start).
    func outcome(of run: ExtractorProcess.Run) -> Outcome? {
        let last = run.errorOutput.split(separator: "\n").last
        let lastLine = last.map(String.init)
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
        case .exited(ExtractorFailure.exitStatus):
            guard let failure = last.flatMap(ExtractorFailure.init(line:)) else {
                return .rejected(
                    Rejections.crashed("exit status \(ExtractorFailure.exitStatus) without a report", detail: lastLine))
            }
            return .rejected(failure.rejection)
        case .exited(let status):
            return .rejected(Rejections.crashed("exit status \(status)", detail: lastLine))
        case .signalled(SIGXCPU):
            return .rejected(Rejections.cpuLimit(limits))
        case .signalled(SIGKILL):
            return .rejected(
                Rejections.crashed("killed: the CPU limit or the system's out-of-memory killer", detail: lastLine))
        case .signalled(let signal):
            return .rejected(
                Rejections.crashed("signal \(signal), \(String(cString: strsignal(signal)))", detail: lastLine))
        }
    }
}
