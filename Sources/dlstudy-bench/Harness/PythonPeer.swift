import DLEngine
import Foundation

/// Runs a Python script (`pythonLines`) and parses the JSON object it prints on its last line; nil
/// when Python or the script fails (the benchmark then has no peer).
func runPython(_ script: String) -> [String: JSONValue]? {
    guard let last = pythonLines(script)?.last,
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
