import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server running one command in a pane of a given size, for driving the real
/// binary as a person would: send keys, read the screen, wait for text with a deadline.
final class TmuxSession {
    let socket: String
    let marker = "__EXIT="

    /// Starts `arguments` (the dlstudy binary's arguments) in a detached session. The pane runs a
    /// wrapper that prints `__EXIT=<status>` and the terminal modes after the program ends.
    init(width: Int, height: Int, arguments: [String], environment: [String: String] = [:]) throws {
        socket = NSTemporaryDirectory() + "dlstudy-tmux-\(UUID().uuidString.prefix(8)).sock"
        let env = environment.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        let command = ([BuiltBinary.dlstudy] + arguments).map(Self.quote).joined(separator: " ")
        // A clean environment (as on CI: no LANG, no NO_COLOR) plus what the test asks for.
        let script = "trap : INT; env -i PATH=\"$PATH\" HOME=\"$HOME\" TERM=\"$TERM\" \(env) \(command); echo \(marker)$?; "
            + "printf '__STTY='; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|icrnl)$' | tr '\\n' ' '; echo __END; "
            + "exec sleep 600"
        let r = tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh", "-c", script])
        guard r.status == 0 else {
            let hint = r.status == 127 ? "tmux is needed for the end-to-end tests: sudo apt-get install tmux (see README). " : ""
            throw NSError(domain: "tmux", code: Int(r.status), userInfo: [NSLocalizedDescriptionKey: hint + r.stderr])
        }
    }

    deinit {
        _ = tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ args: [String]) -> RunResult {
        Run.program("/usr/bin/env", ["tmux", "-u", "-S", socket] + args, environment: ["TMUX": ""], timeout: 20)
    }

    /// Sends keys (tmux key names such as `Enter`, `C-c`, `Up`, or literal text).
    func send(_ keys: String...) { tmux(["send-keys", "-t", "0"] + keys) }

    /// Sends literal text, character by character.
    func type(_ text: String) { tmux(["send-keys", "-t", "0", "-l", text]) }

    /// The visible screen as text (with colour escapes when `escapes`).
    func screen(escapes: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : [])).stdout
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) { tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"]) }

    /// The pid of the program running in the pane (the wrapper shell's child).
    func programPID() -> pid_t? {
        let shell = tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let children = Run.program("/usr/bin/env", ["pgrep", "-P", shell]).stdout
        return children.split(separator: "\n").first.flatMap { pid_t($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Polls the screen until `predicate` holds or `timeout` seconds pass; returns the last screen.
    @discardableResult
    func waitFor(_ description: String, timeout: TimeInterval = 15, escapes: Bool = false,
                 file: StaticString = #filePath, line: UInt = #line, _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen(escapes: escapes)
            if predicate(last) { return last }
            usleep(20_000)
        }
        XCTFail("timed out waiting for \(description); screen was:\n\(last)", file: file, line: line)
        return last
    }

    /// Waits for text to appear on screen.
    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) -> String {
        waitFor("'\(text)'", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    /// Waits for the program to exit; returns its exit status and the terminal modes afterwards.
    func waitForExit(file: StaticString = #filePath, line: UInt = #line) -> (status: Int?, stty: String) {
        let screen = waitFor("program exit", file: file, line: line) { $0.contains("__END") }
        var status: Int?
        var stty = ""
        for l in screen.split(separator: "\n") {
            if let r = l.range(of: marker) { status = Int(l[r.upperBound...].prefix { $0.isNumber }) }
            if let r = l.range(of: "__STTY=") { stty = String(l[r.upperBound...]).replacingOccurrences(of: "__END", with: "") }
        }
        return (status, stty.trimmingCharacters(in: .whitespaces))
    }
}
