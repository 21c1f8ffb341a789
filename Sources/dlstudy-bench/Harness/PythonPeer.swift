import DLEngine
import Foundation

/// Runs a Python script with `python3` (one thread for torch/numpy) and parses the JSON object it
/// prints on its last line; nil when Python or the script fails (the benchmark then has no peer).
func runPython(_ script: String) -> [String: JSONValue]? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script]
    p.environment = ProcessInfo.processInfo.environment.merging(
        ["OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"]) { $1 }
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0,
          let last = String(decoding: data, as: UTF8.self).split(separator: "\n").last,
          case .object(let o)? = try? JSONValue.parse(Data(last.utf8)) else { return nil }
    return o
}

extension Dictionary where Key == String, Value == JSONValue {
    /// The number under `key`, if there is one.
    func number(_ key: String) -> Double? {
        if case .number(let d)? = self[key] { return d }
        return nil
    }

    /// The string under `key`, if there is one.
    func string(_ key: String) -> String? {
        if case .string(let s)? = self[key] { return s }
        return nil
    }
}
