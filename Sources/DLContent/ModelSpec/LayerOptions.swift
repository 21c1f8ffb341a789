import DLEngine
import Yams

/// The options of one spec-file layer (`conv: {out: 16, kernel: 3}`), read with checks.
struct LayerOptions {
    let file: String
    let kind: String
    let name: String
    /// The options node (a mapping, a scalar such as `dropout: 0.3`, or the kind itself).
    let node: Node
    let map: Node.Mapping?

    func fail(_ at: Node?, _ message: String) -> ModelSpecError {
        ModelSpecError(file: file, line: (at ?? node).mark?.line, message: "\(name) \(kind): \(message)")
    }

    /// The `name:` option, or `fallback`.
    static func name(_ map: Node.Mapping, _ fallback: String, file: String) throws(ModelSpecError) -> String {
        guard let n = map["name"] else { return fallback }
        guard let s = n.scalar?.string, !s.isEmpty else {
            throw ModelSpecError(file: file, line: n.mark?.line, message: "\(fallback): name must be text")
        }
        return s
    }

    /// Rejects option keys other than `allowed` (and `name`).
    func check(_ allowed: [String]) throws(ModelSpecError) {
        guard let map else { return }
        for (key, _) in map {
            let k = key.string ?? ""
            guard k == "name" || allowed.contains(k) else {
                let hint = NameSuggestion.closest(to: k, among: allowed).flatMap {
                    NameSuggestion.distance(k, $0) <= 2 ? " (did you mean '\($0)'?)" : nil
                } ?? ""
                throw fail(key, "unknown option '\(k)'\(hint) (options: \(allowed.joined(separator: " ")))")
            }
        }
    }

    /// An integer option in 0…`ModelSpecParser.maxNumber`.
    func int(_ key: String, default value: Int? = nil) throws(ModelSpecError) -> Int {
        guard let n = map?[key] else {
            if let value { return value }
            throw fail(nil, "missing option '\(key)'")
        }
        return try number(n, key)
    }

    func number(_ n: Node, _ key: String) throws(ModelSpecError) -> Int {
        guard let text = n.scalar?.string, let v = Int(text) else {
            throw fail(n, RangeMessage.text(key, mustBe: RangeMessage.wholeNumber(0...ModelSpecParser.maxNumber), got: n.scalar?.string ?? "a list"))
        }
        guard (0...ModelSpecParser.maxNumber).contains(v) else {
            throw fail(n, RangeMessage.wholeNumber(key, 0...ModelSpecParser.maxNumber, got: v))
        }
        return v
    }

    /// true/false (or 1/0).
    func bool(_ key: String, default value: Bool) throws(ModelSpecError) -> Bool {
        guard let n = map?[key] else { return value }
        switch n.scalar?.string.lowercased() {
        case "true", "yes", "1": return true
        case "false", "no", "0": return false
        default: throw fail(n, "\(key) must be true or false")
        }
    }

    /// A whole number, `same` or `valid`.
    func padding(_ key: String) throws(ModelSpecError) -> Padding {
        guard let n = map?[key] else { return .explicit(0) }
        switch n.scalar?.string {
        case "same": return .same
        case "valid": return .valid
        default: return .explicit(try number(n, key))
        }
    }

    /// A probability, from `p:` or the value itself (`dropout: 0.3`).
    func probability(default value: Double) throws(ModelSpecError) -> Double {
        let n = map?["p"] ?? (map == nil && node.scalar?.string != kind ? node : nil)
        guard let n else { return value }
        guard let text = n.scalar?.string, let p = Double(text), p >= 0, p <= 1 else {
            throw fail(n, "p must be a number between 0 and 1")
        }
        return p
    }

    /// `size: 6`, `size: [6, 6]`.
    func size(_ key: String, default value: Int) throws(ModelSpecError) -> (Int, Int) {
        guard let n = map?[key] else { return (value, value) }
        if let seq = n.sequence {
            guard seq.count == 2 else { throw fail(n, "\(key) must be one number or [height, width]") }
            return (try number(seq[0], key), try number(seq[1], key))
        }
        let v = try number(n, key)
        return (v, v)
    }
}
