import CPseudoTerminal
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program run on a fresh pseudo-terminal, as a student's terminal would run it: the benchmark
/// sends its keys, counts every byte it writes to the terminal, and reads its CPU time, wall time and
/// peak memory when it exits.
final class PseudoTerminalProcess {
    private let master: Int32
    private let pid: pid_t
    private let start: UInt64
    /// Everything the program wrote to the terminal so far.
    private(set) var output: [UInt8] = []
    private var closed = false

    /// What the operating system says of the finished process.
    struct Exit {
        var status: Int32
        var cpuMilliseconds: Double
        var wallMilliseconds: Double
        var peakResidentMiB: Double
    }

    init(_ arguments: [String], columns: Int = 120, lines: Int = 40, environment extra: [String: String] = [:]) throws {
        var name = [CChar](repeating: 0, count: 256)
        master = pty_open(UInt16(lines), UInt16(columns), &name, name.count)
        guard master >= 0 else { throw BenchError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))") }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        for (k, v) in extra { env[k] = v }
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer { posix_spawn_file_actions_destroy(&actions); posix_spawnattr_destroy(&attributes) }
        // A new session whose first opened terminal (the slave, as fd 0) becomes its controlling one.
        posix_spawnattr_setflags(&attributes, pty_spawn_setsid_flag())
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.keys.sorted().map { strdup("\($0)=\(env[$0] ?? "")") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        start = DispatchTime.now().uptimeNanoseconds
        let rc = posix_spawnp(&child, arguments[0], &actions, &attributes, argv, envp)
        guard rc == 0 else {
            close(master)
            throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(rc)))")
        }
        pid = child
    }

    /// Sends bytes as if typed.
    func send(_ bytes: [UInt8]) {
        var rest = bytes[...]
        while !rest.isEmpty {
            let n = rest.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            rest = rest.dropFirst(n)
        }
    }

    /// Waits for the program to write, then reads until it has been quiet for `quietMilliseconds`
    /// (or the terminal closes, or `timeoutMilliseconds` pass); returns the bytes read in this call.
    @discardableResult
    func readOutput(quietMilliseconds: Int32, timeoutMilliseconds: Int = 10_000) -> [UInt8] {
        let before = output.count
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeoutMilliseconds) * 1_000_000
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !closed, DispatchTime.now().uptimeNanoseconds < deadline {
            var fd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fd, 1, quietMilliseconds)
            if ready == 0 { if output.count > before { break } else { continue } }
            if ready < 0 { if errno == EINTR { continue }; break }
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n > 0 { output += buffer[0..<n] } else { closed = true }
        }
        return Array(output[before...])
    }

    /// Reads until the program closes the terminal, then reaps it.
    func wait() -> Exit {
        while !closed { readOutput(quietMilliseconds: 1_000, timeoutMilliseconds: 60_000) }
        let end = DispatchTime.now().uptimeNanoseconds
        close(master)
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
        return Exit(status: status, cpuMilliseconds: cpu, wallMilliseconds: Double(end - start) / 1e6,
                    peakResidentMiB: Double(usage.ru_maxrss) / 1024)
    }
}
