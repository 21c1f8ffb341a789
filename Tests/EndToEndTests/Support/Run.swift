import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The result of running a program to completion.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs programs with posix_spawn (Foundation.Process can hang when a child keeps a descriptor).
enum Run {
    /// Runs `path` with `arguments`, feeding `stdin`, with `environment` added to the current one.
    /// Gives up after `timeout` seconds (the child is killed and status is -1).
    static func program(
        _ path: String, _ arguments: [String], stdin: String = "",
        environment: [String: String] = [:], timeout: TimeInterval = 60
    ) -> RunResult {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("dlstudy-run-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let inPath = dir.appendingPathComponent("in").path
        let outPath = dir.appendingPathComponent("out").path
        let errPath = dir.appendingPathComponent("err").path
        _ = FileManager.default.createFile(atPath: inPath, contents: Data(stdin.utf8))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard rc == 0 else {
            return RunResult(status: -1, stdout: "", stderr: "posix_spawn failed: \(rc)")
        }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        var finished = false
        while Date() < deadline {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { finished = true; break }
            usleep(2_000)
        }
        if !finished {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        let code: Int32 = !finished ? -1 : ((status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f))
        return RunResult(status: code, stdout: out, stderr: err)
    }

    /// Runs the built `dlstudy` binary.
    static func dlstudy(
        _ arguments: [String], stdin: String = "", environment: [String: String] = [:], timeout: TimeInterval = 60
    ) -> RunResult {
        program(BuiltBinary.dlstudy, arguments, stdin: stdin, environment: environment, timeout: timeout)
    }
}
