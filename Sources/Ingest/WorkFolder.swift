import ArchiveStore
import Foundation
import Glibc

/// This daemon's claim folder, `Inbox/.juesuan/work-ID/`, on the inbox's file system so that claiming is one
/// atomic rename: of two daemons renaming the same file, one fails. The folder holds a `lock` (flock) for the
/// daemon's lifetime, so a folder whose lock is free belongs to a daemon that died, and its claims are adopted.
final class WorkFolder: Sendable {
    /// The daemon's folder in the inbox; hidden, so never taken for a document.
    static let parentName = ".juesuan"
    static let prefix = "work-"
    static let lockName = "lock"

    let path: String
    private let parent: String
    private let lock: FileLock

    /// Creates and locks a new work folder in `inbox`. It is built under a temporary name and renamed into
    /// place, so no other daemon ever sees it unlocked.
    init(inbox: String) throws(SystemCallError) {
        parent = "\(inbox)/\(Self.parentName)"
        let id = Claim.newID()
        let building = "\(parent)/.new-\(id)"
        try Posix.makeDirectories(building)
        guard let lock = try FileLock(path: "\(building)/\(Self.lockName)", wait: false) else {
            preconditionFailure("nobody else knows \(building)")
        }
        path = "\(parent)/\(Self.prefix)\(id)"
        try Posix.rename(building, path)
        try Posix.syncDirectory(parent)
        self.lock = lock
    }

    /// Takes `inboxPath` by renaming it into this folder; nil when another daemon took it first.
    func claim(_ inboxPath: String) throws(SystemCallError) -> Claim? {
        let claim = Claim(id: Claim.newID(), attempts: 0, sourceName: String(Posix.lastComponent(of: inboxPath)), folder: path)
        guard Glibc.rename(inboxPath, claim.path) == 0 else {
            if errno == ENOENT { return nil }
            throw SystemCallError("rename to \(claim.path)", path: inboxPath)
        }
        try Posix.syncDirectory(path)
        try Posix.syncDirectory(Posix.parentPath(of: inboxPath))
        return claim
    }

    /// The claims in this folder (left by an earlier crash of this folder's work, or adopted).
    func claims() -> [Claim] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.compactMap { Claim(fileName: $0, folder: path) }.sorted { $0.id < $1.id }
    }

    /// Moves the claims of daemons that died (their folder's lock is free) into this folder, and removes their
    /// empty folders. Returns how many claims were adopted.
    func adoptOrphans() throws(SystemCallError) -> Int {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        var adopted = 0
        for name in folders where name.hasPrefix(Self.prefix) && "\(parent)/\(name)" != path {
            let folder = "\(parent)/\(name)"
            guard (try? Posix.status("\(folder)/\(Self.lockName)")) != nil,
                  let deadLock = try FileLock(path: "\(folder)/\(Self.lockName)", wait: false) else { continue }
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where file != Self.lockName {
                try Posix.rename("\(folder)/\(file)", "\(path)/\(file)")
                adopted += 1
            }
            try Posix.syncDirectory(path)
            try Posix.unlink(deadLock.path)
            rmdir(folder)
        }
        if adopted > 0 { try Posix.syncDirectory(parent) }
        return adopted
    }

    /// Records that a child is about to start on `claim` (one more attempt), by renaming it.
    func startAttempt(_ claim: Claim) throws(SystemCallError) -> Claim {
        var next = claim
        next.attempts += 1
        try Posix.rename(claim.path, next.path)
        try Posix.syncDirectory(path)
        return next
    }

    /// Lets go of a claim whose outcome is durable in the archive.
    func finish(_ claim: Claim) throws(SystemCallError) {
        try Posix.unlink(claim.path)
        try Posix.syncDirectory(path)
    }

    /// Removes the folder at a clean exit when no claim is left in it; otherwise it stays, and its claims are
    /// adopted at the next start.
    func close() {
        guard claims().isEmpty else { return }
        try? Posix.unlink("\(path)/\(Self.lockName)")
        rmdir(path)
    }
}
