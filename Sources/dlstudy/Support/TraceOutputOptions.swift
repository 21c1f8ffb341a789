import ArgumentParser

/// `--plain` and `--json` of the stepping commands whose output is a trace (`conv`, `pool`).
struct TraceOutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print one line per output cell and the output grid.")
    var plain = false

    @Flag(name: .long, help: "Print the output and the trace as JSON.")
    var json = false
}
