import ArchiveStore
import FoundationEssentials
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
    let inbox: InboxPath
    private let parent: String
    private let lock: FileLock

    /// Creates and locks a new work folder in `inbox`. It is built under a temporary name and renamed into
    /// place, so no other daemon ever sees it unlocked.
    init(inbox: String) throws(SystemCallError) {
        self.inbox = InboxPath(inbox)
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

    /// Takes the entry at `inboxPath` (whatever it is) by renaming it into a new claim folder; nil when another
    /// daemon took it first. Where it was is written down first, so a claim always knows its name.
    func claim(_ inboxPath: InboxPath) throws(SystemCallError) -> Claim? {
        let origin = inboxPath.relative(to: inbox) ?? Array(inboxPath.name)
        let claim = Claim(id: Claim.newID(), attempts: 0, origin: origin, folder: path)
        try Posix.makeDirectories(claim.path)
        try Posix.writeFile(Data(origin), to: "\(claim.path)/\(Claim.originName)")
        guard inboxPath.withCString({ Glibc.rename($0, claim.entryPath) }) == 0 else {
            let code = errno
            discard(claim.path)
            if code == ENOENT { return nil }
            throw SystemCallError("rename to \(claim.entryPath)", path: inboxPath.description, code: code)
        }
        try Posix.syncDirectory(claim.path)
        try Posix.syncDirectory(path)
        try inboxPath.syncParent()
        return claim
    }

    /// The claims in this folder (left by an earlier crash of this folder's work, or adopted). A claim folder
    /// without an entry (a crash before the rename) is removed; a claim of an older version (`ID.N~NAME`, a file)
    /// is moved into a claim folder.
    func claims() -> [Claim] {
        var claims: [Claim] = []
        for name in InboxScanner.names(in: InboxPath(path)) {
            let item = InboxPath(path).appending(name)
            let text = String(decoding: name, as: UTF8.self)
            if let tilde = name.firstIndex(of: UInt8(ascii: "~")) {
                if let claim = try? migrate(
                    item, folderName: String(decoding: name[..<tilde], as: UTF8.self),
                    origin: Array(name[(tilde + 1)...]))
                {
                    claims.append(claim)
                }
                continue
            }
            guard text != Self.lockName,
                let origin = try? Data(contentsOf: URL(fileURLWithPath: "\(path)/\(text)/\(Claim.originName)")),
                let claim = Claim(folderName: text, origin: Array(origin), folder: path)
            else { continue }
            if InboxPath(claim.entryPath).status() == nil {
                discard(claim.path)
                continue
            }
            claims.append(claim)
        }
        return claims.sorted { $0.id < $1.id }
    }

    /// Moves the claims of daemons that died (their folder's lock is free) into this folder, and removes their
    /// empty folders. Returns how many claims were adopted.
    func adoptOrphans() throws(SystemCallError) -> Int {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        var adopted = 0
        for name in folders where name.hasPrefix(Self.prefix) && "\(parent)/\(name)" != path {
            let folder = "\(parent)/\(name)"
            guard (try? Posix.status("\(folder)/\(Self.lockName)")) != nil,
                let deadLock = try FileLock(path: "\(folder)/\(Self.lockName)", wait: false)
            else { continue }
            for item in InboxScanner.names(in: InboxPath(folder)) where item != Array(Self.lockName.utf8) {
                let moved = InboxPath(folder).appending(item).withCString { from in
                    InboxPath(path).appending(item).withCString { Glibc.rename(from, $0) }
                }
                if moved != 0 {
                    throw SystemCallError("rename into \(path)", path: InboxPath(folder).appending(item).description)
                }
                adopted += 1
            }
            try Posix.syncDirectory(path)
            try Posix.unlink(deadLock.path)
            rmdir(folder)
        }
        if adopted > 0 { try Posix.syncDirectory(parent) }
        return adopted
    }

    /// Records that a child is about to start on `claim` (one more attempt), by renaming its folder.
    func startAttempt(_ claim: Claim) throws(SystemCallError) -> Claim {
        try renumber(claim, attempts: claim.attempts + 1)
    }

    /// Takes back the attempt of a child that ended on its own (whatever became of the file): only runs the
    /// daemon died under count against a file.
    func endAttempt(_ claim: Claim) throws(SystemCallError) -> Claim {
        try renumber(claim, attempts: max(claim.attempts - 1, 0))
    }

    private func renumber(_ claim: Claim, attempts: Int) throws(SystemCallError) -> Claim {
        var next = claim
        next.attempts = attempts
        guard next.path != claim.path else { return claim }
        try Posix.rename(claim.path, next.path)
        try Posix.syncDirectory(path)
        return next
    }

    /// Lets go of a claim whose outcome is durable in the archive.
    func finish(_ claim: Claim) throws(SystemCallError) {
        discard(claim.path)
        if InboxPath(claim.path).status() != nil { throw SystemCallError("rmdir", path: claim.path, code: ENOTEMPTY) }
        try Posix.syncDirectory(path)
    }

    /// Puts a folder that was swapped in for a file back where it was in the inbox (or beside it, when that place
    /// is taken again), so that its files are taken one by one; then lets go of the claim. Returns where it went.
    func putBack(_ claim: Claim) throws(SystemCallError) -> InboxPath {
        var target = inbox.appending(claim.origin)
        if target.status() != nil { target = InboxPath(target.bytes + Array(" (returned \(claim.id))".utf8)) }
        let moved = target.withCString { Glibc.rename(claim.entryPath, $0) }
        if moved != 0 { throw SystemCallError("rename back to \(target)", path: claim.entryPath) }
        try target.syncParent()
        try finish(claim)
        return target
    }

    /// Removes a claim folder's own files (entry, origin, private copy) and the folder. A folder entry is left.
    private func discard(_ claimPath: String) {
        for name in [Claim.entryName, Claim.originName, Claim.copyName] { unlink("\(claimPath)/\(name)") }
        rmdir(claimPath)
    }

    /// Moves a claim of an older version (a file named `ID.N~NAME`) into a claim folder.
    private func migrate(_ item: InboxPath, folderName: String, origin: [UInt8]) throws(SystemCallError) -> Claim? {
        guard let claim = Claim(folderName: folderName, origin: origin, folder: path) else { return nil }
        try Posix.makeDirectories(claim.path)
        try Posix.writeFile(Data(origin), to: "\(claim.path)/\(Claim.originName)")
        if item.withCString({ Glibc.rename($0, claim.entryPath) }) != 0 {
            throw SystemCallError("rename", path: item.description)
        }
        try Posix.syncDirectory(path)
        return claim
    }

    /// Removes the folder at a clean exit when no claim is left in it; otherwise it stays, and its claims are
    /// adopted at the next start.
    func close() {
        guard claims().isEmpty else { return }
        try? Posix.unlink("\(path)/\(Self.lockName)")
        rmdir(path)
    }
}
