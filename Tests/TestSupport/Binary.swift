import Foundation

/// The executables the tests run.
public enum Binary {
    /// The `juesuan` built beside the running test bundle (in `.build/<config>/` or any `--scratch-path`),
    /// or `$JUESUAN_BINARY`.
    public static let juesuan: String = {
        if let path = ProcessInfo.processInfo.environment["JUESUAN_BINARY"] { return path }
        let bundle =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: bundle).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("juesuan").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        preconditionFailure("juesuan is not built beside \(bundle): run `swift build --build-tests` first")
    }()
}
