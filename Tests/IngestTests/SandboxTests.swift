import ArchiveStore
import Foundation
import Glibc
import Testing
import TestSupport

extension DaemonTests {
    /// The reader in its box (`juesuan extract --stdin --sandbox`, what the daemon runs): once it holds the PDF, it can
    /// open no other file and reach no network, and every corpus set still reads the same as outside the box. Among the
    /// serialized daemon tests, so that its readers do not slow the timing-sensitive ones down.
    @Suite struct Sandbox {
        /// A probe preloaded into the real child: at exit, after the box closed and the PDF was read, it tries to open
        /// each of `$JUESUAN_PROBE_READ` (colon-separated) for reading, to create `$JUESUAN_PROBE_WRITE`, and to make
        /// a socket, and prints one line for each on stderr.
        static let probeSource = #"""
            #include <errno.h>
            #include <fcntl.h>
            #include <stdio.h>
            #include <stdlib.h>
            #include <string.h>
            #include <sys/socket.h>
            #include <unistd.h>
            __attribute__((destructor)) static void probe(void) {
                const char *reads = getenv("JUESUAN_PROBE_READ"), *writes = getenv("JUESUAN_PROBE_WRITE");
                if (reads == NULL || writes == NULL) return;
                char *list = strdup(reads);
                for (char *path = strtok(list, ":"); path != NULL; path = strtok(NULL, ":")) {
                    int fd = open(path, O_RDONLY);
                    dprintf(2, "probe read %s: %s\n", path, fd >= 0 ? "opened" : strerror(errno));
                    if (fd >= 0) close(fd);
                }
                int fd = open(writes, O_WRONLY | O_CREAT, 0644);
                dprintf(2, "probe write %s: %s\n", writes, fd >= 0 ? "opened" : strerror(errno));
                int sock = socket(AF_INET, SOCK_STREAM, 0);
                dprintf(2, "probe socket: %s\n", sock >= 0 ? "opened" : strerror(errno));
            }
            """#

        /// Runs `juesuan extract [--sandbox] --stdin -- NAME` on `pdf` with the probe preloaded; returns its stderr.
        static func probe(
            _ pdf: URL, sandbox: Bool, reads: [String], write: String, library: String
        ) throws -> (status: Int32, errors: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Binary.juesuan)
            process.arguments =
                ["extract", "--stdin"] + (sandbox ? ["--sandbox"] : []) + ["--", pdf.lastPathComponent]
            process.environment = ProcessInfo.processInfo.environment.merging(
                [
                    "LD_PRELOAD": library, "JUESUAN_PROBE_READ": reads.joined(separator: ":"),
                    "JUESUAN_PROBE_WRITE": write,
                ]) { _, new in new }
            process.standardInput = try FileHandle(forReadingFrom: pdf)
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }

        @Test(
            "after the box closes the child cannot open an inbox or archive file, a file in /etc, create a file, or make a socket"
        )
        func childCannotReachOtherFiles() throws {
            let folder = try Corpus.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let source = folder.appendingPathComponent("probe.c"), library = folder.appendingPathComponent("probe.so")
            try Self.probeSource.write(to: source, atomically: true, encoding: .utf8)
            let compiler = ["/usr/bin/cc", "/opt/swift/usr/bin/clang"].first {
                FileManager.default.isExecutableFile(atPath: $0)
            }
            try ChildProcess.succeed(
                try #require(compiler, "a C compiler"), ["-shared", "-fPIC", "-o", library.path, source.path])
            let inbox = folder.appendingPathComponent("Inbox"), archive = folder.appendingPathComponent("Archive")
            try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
            let pdf = inbox.appendingPathComponent("report.pdf"), other = inbox.appendingPathComponent("other.pdf")
            try TestPDFs.variant(81).write(to: pdf)
            try TestPDFs.variant(82).write(to: other)
            try Data("{}\n".utf8).write(to: archive.appendingPathComponent(ArchiveLayout.index))
            let reads = [
                other.path, archive.appendingPathComponent(ArchiveLayout.index).path, "/etc/passwd", "/etc/hostname",
            ]
            let written = archive.appendingPathComponent("written-by-the-reader")

            let boxed = try Self.probe(pdf, sandbox: true, reads: reads, write: written.path, library: library.path)
            let open = try Self.probe(
                pdf, sandbox: false, reads: reads, write: written.path + "-unboxed", library: library.path)

            #expect(boxed.status == 0 && open.status == 0, "\(boxed.errors)")
            for path in reads {
                #expect(open.errors.contains("probe read \(path): opened"), "the probe works outside the box")
                #expect(boxed.errors.contains("probe read \(path): Permission denied"), "\(boxed.errors)")
            }
            #expect(boxed.errors.contains("probe write \(written.path): Permission denied"))
            #expect(!FileManager.default.fileExists(atPath: written.path))
            #expect(boxed.errors.contains("probe socket: Permission denied"))
            #expect(open.errors.contains("probe socket: opened"))
        }

        @Test("every corpus set reads the same in the box as outside it, byte for byte, errors included")
        func corpusReadsTheSame() async throws {
            let sets = ["public", "real", "budgets", "unknown", "national"].compactMap { Corpus.shared($0) }
            try #require(!sets.isEmpty, "the shared corpus (../shared/corpus)")
            var pdfs: [URL] = []
            for set in sets {
                let files =
                    FileManager.default.enumerator(at: set, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
                pdfs += files.filter { $0.pathExtension.lowercased() == "pdf" }
            }
            let differing = try await withThrowingTaskGroup(of: String?.self) { group in
                var next = 0, differing: [String] = []
                func add() {
                    guard next < pdfs.count else { return }
                    let pdf = pdfs[next]
                    next += 1
                    group.addTask {
                        let open = try ChildProcess.run(Binary.juesuan, ["extract", "--", pdf.path])
                        let boxed = try ChildProcess.run(
                            "/bin/sh",
                            [
                                "-c", "exec \"$0\" extract --stdin --sandbox -- \"$1\" < \"$2\"",
                                Binary.juesuan, pdf.lastPathComponent, pdf.path,
                            ])
                        let same =
                            open.status == boxed.status && open.output == boxed.output
                            && open.errorOutput == boxed.errorOutput
                        return same ? nil : pdf.path
                    }
                }
                add()
                add()
                while let result = try await group.next() {
                    if let result { differing.append(result) }
                    add()
                }
                return differing
            }
            print(
                "corpus read in the box and outside it: \(pdfs.count) PDFs in \(sets.count) sets, \(differing.count) differ"
            )
            #expect(pdfs.count > 10)
            #expect(differing.isEmpty, "\(differing)")
        }
    }
}
