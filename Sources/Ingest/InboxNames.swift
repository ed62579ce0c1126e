/// Which names in the inbox are documents to take, and which belong to someone else: hidden files,
/// downloads and copies in progress, office lock files. Names are bytes (see `InboxPath`).
enum InboxNames {
    /// Hidden files (and the daemon's own `.juesuan` folder) and office lock files (`~$report.pdf`).
    static let ignoredPrefixes = [".", "~$"].map { Array($0.utf8) }
    /// Partial downloads and copies (browsers, rsync, curl), compared without case.
    static let ignoredSuffixes = [".part", ".crdownload"].map { Array($0.utf8) }

    /// Whether a file or folder named `name` may be taken or looked into.
    static func isCandidate(_ name: some Collection<UInt8>) -> Bool {
        let lowered = name.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        return !name.isEmpty && !ignoredPrefixes.contains { name.starts(with: $0) }
            && !ignoredSuffixes.contains { lowered.reversed().starts(with: $0.reversed()) }
    }
}
