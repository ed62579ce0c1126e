/// Which names in the inbox are documents to take, and which belong to someone else: hidden files,
/// downloads and copies in progress, office lock files.
enum InboxNames {
    /// Hidden files (and the daemon's own `.juesuan` folder) and office lock files (`~$report.pdf`).
    static let ignoredPrefixes = [".", "~$"]
    /// Partial downloads and copies (browsers, rsync, curl).
    static let ignoredSuffixes = [".part", ".crdownload"]

    /// Whether a file or folder named `name` may be taken or looked into.
    static func isCandidate(_ name: some StringProtocol) -> Bool {
        !ignoredPrefixes.contains { name.hasPrefix($0) } && !ignoredSuffixes.contains { name.lowercased().hasSuffix($0) }
    }
}
