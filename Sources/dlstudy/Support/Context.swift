import DLContent
import DLEngine
import Foundation
import Terminal
#if canImport(Glibc)
import Glibc
#endif

/// Writes a line to standard error (sanitised, see `Output`).
func printError(_ message: String) {
    Output.error(message)
}

/// What every command needs: language, content library, data folder, environment.
struct Context {
    var language: Language
    var library: ContentLibrary
    var dataDirectory: String
    var environment: [String: String]
    /// The current time in seconds since 1970. `DLSTUDY_NOW=<seconds>` fixes it (for tests and for
    /// trying out the review schedule: time then stands still at that instant).
    var now: @Sendable () -> Double = { Date().timeIntervalSince1970 }

    /// Resolves the global options; prints where it looked and exits 1 when there is no content.
    /// `cachedOverview` (the home screen) takes what the first frame shows from the data folder's
    /// content cache and parses lessons and quizzes later.
    static func load(_ options: GlobalOptions, cachedOverview: Bool = false) throws -> Context {
        let env = ProcessInfo.processInfo.environment
        let located = ContentLocator.locate(flag: options.content, environment: env,
                                            executablePath: executablePath(),
                                            currentDirectory: FileManager.default.currentDirectoryPath)
        guard let root = located.root else {
            printError("error: no content folder (with Lessons/) found. Looked in:")
            for place in located.searched { printError("  \(place)") }
            printError("Pass --content DIR or set DLSTUDY_CONTENT.")
            throw ExitCodeError.failure
        }
        let data = DataDirectory.path(flag: options.data, environment: env)
        let library: ContentLibrary
        if cachedOverview, let version = binaryVersion() {
            library = ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: version)
        } else {
            library = ContentLoader.load(root: root)
        }
        CrashReport.install(folder: data)
        var context = Context(language: options.language, library: library, dataDirectory: data, environment: env)
        if let fixed = env["DLSTUDY_NOW"] {
            guard let seconds = Double(fixed), seconds.isFinite, seconds >= 0 else {
                throw usageError(RangeMessage.text("DLSTUDY_NOW", mustBe: "a time in seconds since 1970", got: fixed))
            }
            context.now = { seconds }
        }
        return context
    }

    /// The running binary's identity for the content cache: its path, size and modification time
    /// (any rebuild changes it); nil when the binary cannot be found, so no cache is used.
    /// (`stat` itself: FileManager's attribute dictionary cost 0.4 M instructions of the first frame.)
    static func binaryVersion() -> String? {
        let path = executablePath()
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return "\(path) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec)"
    }

    /// The running executable's path (from /proc on Linux, else argv[0]).
    static func executablePath() -> String {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        return CommandLine.arguments.first ?? "dlstudy"
    }
}

/// Exit codes as errors, so `main` decides how to leave.
enum ExitCodeError: Error {
    /// Exit 1: the command failed.
    case failure
    /// Exit 2: a usage error already reported.
    case usage
}

/// Prints `error: message` to standard error and gives the usage error (exit 2) to throw.
func usageError(_ message: String) -> ExitCodeError {
    printError("error: \(message)")
    return .usage
}

/// Whether both standard input and output are terminals.
func isInteractiveTerminal() -> Bool { isatty(0) == 1 && isatty(1) == 1 }

/// Exits 1 with a pointer to the non-interactive alternative when not on a terminal.
func requireTerminal(alternative: String) throws {
    guard isInteractiveTerminal() else {
        printError("dlstudy: this command needs a terminal (standard input and output); use \(alternative) instead.")
        throw ExitCodeError.failure
    }
}
