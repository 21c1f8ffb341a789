import DLContent
import DLEngine

/// Typed access to a scene's validated parameters, with defaults.
struct ConvSceneParamReader {
    let spec: SceneSpec

    func int(_ key: String, _ fallback: Int) -> Int { spec.params[key]?.int ?? fallback }
    func number(_ key: String) -> Double? { spec.params[key]?.number }
    func string(_ key: String) -> String? { spec.params[key]?.string }
    func bool(_ key: String, _ fallback: Bool) -> Bool {
        if case .bool(let b)? = spec.params[key] { return b }
        return fallback
    }

    /// A matrix parameter (`"1 2; 3 4"`), or nil when missing or unreadable.
    func matrix(_ key: String) -> [[Double]]? {
        guard let text = string(key), case .success(let rows) = MatrixText.parse(text, name: key) else { return nil }
        return rows
    }

    /// The `padding` parameter: a whole number, `same` or `valid`.
    var padding: ConvPadding {
        switch string("padding") {
        case "same": return .same
        case "valid": return .valid
        default: return .int(int("padding", 0))
        }
    }
}

extension Tensor {
    /// A one-channel `1×H×W` tensor from rows (rows must be rectangular and non-empty).
    static func plane(_ rows: [[Double]]) -> Tensor? {
        guard let first = rows.first, !first.isEmpty else { return nil }
        return try? Tensor(shape: [1, rows.count, first.count], data: rows.flatMap { $0 })
    }
}
