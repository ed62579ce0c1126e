import Glibc

/// Lists the inbox through every subfolder except hidden ones (the daemon's own `.juesuan` among them): the
/// regular files that may be documents, everything else that is not a folder (links, FIFOs, sockets, devices:
/// each is taken and rejected as what it is), and the folders to watch. Names are read as bytes (readdir).
struct InboxScanner {
    let inbox: InboxPath

    /// What one scan found.
    struct Listing {
        var files: [(path: InboxPath, info: stat)] = []
        /// Entries that are neither a regular file nor a folder, as lstat(2) saw them.
        var others: [InboxPath] = []
        var folders: [InboxPath] = []
    }

    /// Scans `folder` (the inbox by default) and everything under it.
    func scan(_ folder: InboxPath? = nil) -> Listing {
        var listing = Listing()
        walk(folder ?? inbox, into: &listing)
        return listing
    }

    private func walk(_ folder: InboxPath, into listing: inout Listing) {
        listing.folders.append(folder)
        for name in Self.names(in: folder).sorted(by: { $0.lexicographicallyPrecedes($1) })
        where InboxNames.isCandidate(name) {
            let path = folder.appending(name)
            guard let info = path.status() else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: walk(path, into: &listing)
            case S_IFREG: listing.files.append((path, info))
            default: listing.others.append(path)
            }
        }
    }

    /// The names in `folder` as bytes, without `.` and `..`; none when it cannot be read.
    static func names(in folder: InboxPath) -> [[UInt8]] {
        guard let directory = folder.withCString({ opendir($0) }) else { return [] }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name != [46] && name != [46, 46] { names.append(name) }
        }
        return names
    }
}
