public import Glibc

/// A failed system call on a file of the inbox or the archive: which call, which path, what the OS said,
/// and what an operator can do about it.
public struct SystemCallError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The call that failed, e.g. `rename`, `fsync`.
    public var call: String
    /// The file or folder it was about.
    public var path: String
    /// The C `errno`.
    public var code: Int32

    public init(_ call: String, path: String, code: Int32 = errno) {
        self.call = call
        self.path = path
        self.code = code
    }

    /// What a person can do, for the errors an operator can fix.
    public var advice: String? {
        switch code {
        case EACCES, EPERM: "give the service user write access to that folder (ReadWritePaths= in the unit)"
        case EROFS: "the file system is mounted read-only here: add the folder to ReadWritePaths= or remount it"
        case ENOSPC, EDQUOT: "free disk space on that file system"
        case EMFILE, ENFILE: "raise the open-file limit (LimitNOFILE=)"
        default: nil
        }
    }

    public var description: String {
        let message = "\(path): \(call) failed: \(String(cString: strerror(code)))"
        return advice.map { "\(message); \($0)" } ?? message
    }
}
