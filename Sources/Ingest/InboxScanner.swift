import ArchiveStore
import Foundation
import Glibc

/// Lists the inbox: the regular files that may be documents, and the folders to watch, through every
/// subfolder except hidden ones (the daemon's own `.juesuan` among them).
struct InboxScanner {
    let inbox: String

    /// What one scan found.
    struct Listing {
        var files: [(path: String, info: stat)] = []
        var folders: [String] = []
    }

    /// Scans `folder` (the inbox by default) and everything under it.
    func scan(_ folder: String? = nil) -> Listing {
        var listing = Listing()
        walk(folder ?? inbox, into: &listing)
        return listing
    }

    private func walk(_ folder: String, into listing: inout Listing) {
        listing.folders.append(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names.sorted() where InboxNames.isCandidate(name) {
            let path = "\(folder)/\(name)"
            var info = stat()
            guard fstatat(AT_FDCWD, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: walk(path, into: &listing)
            case S_IFREG: listing.files.append((path, info))
            default: continue
            }
        }
    }
}
