import ArchiveStore
import CSystemCalls
import FoundationEssentials
import Glibc
import Synchronization

/// Runs `juesuan extract --stdin --sandbox --memory-limit BYTES -- NAME` in a child process whose standard input
/// is the claimed file, already open (the child never opens a path of the inbox; once it holds the bytes it closes
/// its box, see `ReaderSandbox`), under the limits:
/// RLIMIT_AS for memory (which the child sets on itself once loaded, before it opens the file), RLIMIT_CPU for CPU
/// time, and a wall-clock deadline after which the child is killed. Whatever the PDF does to the reader, only the
/// child dies; and the child never outlives the daemon (its own process group, PR_SET_PDEATHSIG).
public struct ExtractorProcess: Sendable {
    /// How a child ended.
    enum Ending: Sendable, Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal killed it (a crash, or RLIMIT_CPU).
        case signalled(Int32)
        /// It ran past the wall-clock limit and was killed.
        case timedOut
        /// Shutdown stopped it: its claim is left for the next start.
        case stopped
    }

    /// What a child wrote and how it ended.
    struct Run: Sendable {
        var ending: Ending
        var output: Data
        var errorOutput: String
    }

    /// How much of the child's stderr is kept (its contract is one line).
    static let errorOutputLimit = 16 * 1024
    /// How often a child that closed its output is checked for having exited.
    static let reapInterval: Duration = .milliseconds(2)

    /// Held while pipes are made and a child forked: file descriptors are not atomically close-on-exec here.
    private static let spawnLock = Mutex(())

    let executable: String
    let limits: ChildLimits
    let children: ChildRegistry

    /// The extractor's arguments after the program's name: the PDF on standard input, the sandbox closed once
    /// it is read, `memoryBytes` of address space, and the name after `--`.
    public static func arguments(memoryBytes: Int, sourceName: String) -> [String] {
        ["extract", "--stdin", "--sandbox", "--memory-limit", "\(memoryBytes)", "--", sourceName]
    }

    /// Runs the extractor on the open file `file`, recording `sourceName` as the name dropped. The name comes
    /// after `--`, so that a name starting with `-` is a name.
    func run(_ file: Int32, sourceName: String) throws(SystemCallError) -> Run {
        let (pid, output, errors) = try Self.spawnLock.withLock { (_) throws(SystemCallError) in
            let output = try Pipe(), errors = try Pipe()
            let pid = try spawn(
                arguments: [executable] + Self.arguments(memoryBytes: limits.memoryBytes, sourceName: sourceName),
                input: file, output: output.write, errors: errors.write)
            children.add(pid)
            close(output.write)
            close(errors.write)
            return (pid, output, errors)
        }
        defer {
            close(output.read)
            close(errors.read)
        }
        let deadline = ContinuousClock.now + limits.time
        var collected = (output: Data(), errors: Data())
        let drained = drain(output: output.read, errors: errors.read, until: deadline, into: &collected)
        if !drained { children.kill(pid) }
        var status = children.reap(pid)
        while status == nil {
            if ContinuousClock.now >= deadline { children.kill(pid) }
            usleep(useconds_t(Self.reapInterval / .microseconds(1)))
            status = children.reap(pid)
        }
        let message = String(decoding: collected.errors.prefix(Self.errorOutputLimit), as: UTF8.self)
        return Run(
            ending: ending(status!, pastDeadline: ContinuousClock.now >= deadline), output: collected.output,
            errorOutput: message)
    }

    private func ending(_ status: Int32, pastDeadline: Bool) -> Ending {
        let signal = status & 0x7f
        if signal == 0 { return .exited((status >> 8) & 0xff) }
        if children.isStopping { return .stopped }
        if signal == SIGKILL && pastDeadline { return .timedOut }
        return .signalled(signal)
    }

    /// Reads both pipes until the child closes them (true) or the deadline passes (false).
    private func drain(
        output: Int32, errors: Int32, until deadline: ContinuousClock.Instant,
        into collected: inout (output: Data, errors: Data)
    ) -> Bool {
        var fds = [
            pollfd(fd: output, events: Int16(POLLIN), revents: 0),
            pollfd(fd: errors, events: Int16(POLLIN), revents: 0),
        ]
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while fds.contains(where: { $0.fd >= 0 }) {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { return false }
            let ready = poll(&fds, nfds_t(fds.count), Int32(clamping: remaining.milliseconds + 1))
            if ready < 0 && errno != EINTR { return false }
            for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(fds[index].fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    if index == 0 {
                        collected.output.append(contentsOf: buffer[..<count])
                    } else {
                        collected.errors.append(contentsOf: buffer[..<count])
                    }
                } else if count == 0 || errno != EINTR {
                    fds[index].fd = -1
                }
            }
        }
        return true
    }

    /// Address space above the child's own memory limit that the daemon's hard ceiling leaves it: loading the
    /// binary and its libraries takes about 100 MiB before the child sets its limit.
    static let loadingHeadroom = 256 << 20

    /// Forks and execs the child. Everything the child touches is prepared before fork, so that between fork
    /// and exec it only makes async-signal-safe calls.
    private func spawn(arguments: [String], input: Int32, output: Int32, errors: Int32) throws(SystemCallError) -> pid_t
    {
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The soft limit sends SIGXCPU; the hard limit a second later, SIGKILL.
        var cpu = rlimit(rlim_cur: rlim_t(limits.cpuSeconds), rlim_max: rlim_t(limits.cpuSeconds + 1))
        // The child lowers its memory limit to `memoryBytes` itself, once loaded; this hard ceiling above it holds
        // whatever the child does, and an unprivileged child cannot raise it.
        let ceiling = rlim_t(limits.memoryBytes + Self.loadingHeadroom)
        var memory = rlimit(rlim_cur: ceiling, rlim_max: ceiling)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        let ignore = SIG_IGN
        let parent = getpid()
        let pid = fork()
        if pid < 0 { throw SystemCallError("fork", path: executable) }
        if pid == 0 {
            // A group of its own (signals to the daemon's group are the daemon's to pass on; the daemon kills the
            // child's whole group), and death with the daemon, however the daemon ends (kill -9 included).
            setpgid(0, 0)
            _ = cs_prctl(PR_SET_PDEATHSIG, UInt(SIGKILL))
            if getppid() != parent { _exit(127) }
            dup2(input, 0)
            dup2(output, 1)
            dup2(errors, 2)
            setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &cpu)
            setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &memory)
            // Ctrl-C and SIGTERM are for the daemon, which decides what becomes of its children.
            signal(SIGINT, ignore)
            signal(SIGTERM, ignore)
            signal(SIGHUP, ignore)
            sigprocmask(SIG_SETMASK, &unblocked, nil)
            execv(argv[0]!, argv)
            _exit(127)
        }
        setpgid(pid, pid)
        return pid
    }
}

/// A pipe whose ends are closed on exec (the child gets its copies through dup2). Made under the spawn lock,
/// so that no other worker's child inherits it before it is marked.
private struct Pipe {
    let read: Int32
    let write: Int32

    init() throws(SystemCallError) {
        var fds: [Int32] = [0, 0]
        if pipe(&fds) != 0 { throw SystemCallError("pipe", path: "(child output)") }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        read = fds[0]
        write = fds[1]
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }

    /// The duration in whole milliseconds.
    var milliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
