import DLEngine
import Foundation

/// The command line of `dlstudy-bench`: `[--json] [--runs N] [--content DIR] [--dlstudy BINARY] [NAME...]`.
enum BenchCommandLine {
    static let usage = """
        usage: dlstudy-bench [--json] [--runs N] [--content DIR] [--dlstudy BINARY] [--list] [NAME...]
          runs every benchmark (or those named) and prints each figure, the peer's figure and the ratio
          --dlstudy  the dlstudy binary the process benchmarks run (default: the one beside the bench;
                     scripts/build-release.sh prints the path of the one a student installs)
        """

    /// Parses the arguments, runs the benchmarks and exits (0 ok, 1 a benchmark failed, 2 usage).
    static func run(_ all: [Benchmark]) -> Never {
        var json = false, runs = 9, names: [String] = [], content: String? = nil, binary: String? = nil
        var args = CommandLine.arguments.dropFirst()
        while let arg = args.popFirst() {
            switch arg {
            case "--json": json = true
            case "--runs":
                guard let v = args.popFirst().flatMap({ Int($0) }), v > 0 else { fail("--runs needs a positive count") }
                runs = v
            case "--content":
                guard let v = args.popFirst() else { fail("--content needs a folder") }
                content = v
            case "--dlstudy":
                guard let v = args.popFirst(), !v.hasPrefix("-") else { fail("--dlstudy needs the path of a dlstudy binary") }
                binary = v
            case "--list":
                for b in all { print("\(b.name)\t\(b.summary)") }
                exit(0)
            case "-h", "--help":
                print(usage); exit(0)
            default:
                guard !arg.hasPrefix("-") else { fail("unknown option \(arg)") }
                guard all.contains(where: { $0.name == arg }) else {
                    fail("no benchmark named \(arg) (known: \(all.map(\.name).joined(separator: ", ")))")
                }
                names.append(arg)
            }
        }
        let exe = URL(fileURLWithPath: executablePath()).deletingLastPathComponent().path
        let settings = BenchSettings(runs: runs, binaryDirectory: exe, dlstudyPath: binary,
                                     contentRoot: content ?? FileManager.default.currentDirectoryPath)
        var results: [JSONValue] = []
        var failed = false
        if !json { print("dlstudy-bench: medians of \(runs) runs; ratio = figure / peer figure") }
        for b in all where names.isEmpty || names.contains(b.name) {
            if json && b.textOnly {
                results.append(.object(["benchmark": .string(b.name), "skipped": .string("prints text only; run it without --json")]))
                continue
            }
            if !json { print("\(b.name): \(b.summary)") }
            do {
                let figures = try b.run(settings)
                if json {
                    results.append(.object(["benchmark": .string(b.name), "figures": .array(figures.map(\.json))]))
                } else {
                    figures.forEach { print($0.line) }
                }
            } catch {
                failed = true
                FileHandle.standardError.write(Data("dlstudy-bench: \(b.name): \(error)\n".utf8))
                if json { results.append(.object(["benchmark": .string(b.name), "error": .string("\(error)")])) }
            }
        }
        if json { print(JSONValue.object(["runs": .number(Double(runs)), "benchmarks": .array(results)]).serialized) }
        exit(failed ? 1 : 0)
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("dlstudy-bench: \(message)\n\(usage)\n".utf8))
        exit(2)
    }

    private static func executablePath() -> String {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        return CommandLine.arguments.first ?? "dlstudy-bench"
    }
}
