/// A scene's state written as `key=value` pairs (`size=7 stride=2 input='1 2; 3 4' box=[1,1,5,4]`):
/// the one serialiser behind `y` (share) and `dlstudy lesson ID --page N --scene "…"` (reopen).
public enum SceneOverrides {
    /// The pairs in key order; values with spaces or `;` are single-quoted, lists written `[a,b]`.
    public static func format(_ values: [String: ContentValue]) -> String {
        values.keys.sorted().compactMap { key in values[key].map { "\(key)=\(text($0))" } }.joined(separator: " ")
    }

    static func text(_ v: ContentValue) -> String {
        switch v {
        case .number(let d): return MatrixText.exact(d)
        case .bool(let b): return String(b)
        case .string(let s): return s.contains(where: { $0 == " " || $0 == ";" || $0 == "=" }) || s.isEmpty ? "'\(s)'" : s
        case .list(let items): return "[" + items.map(text).joined(separator: ",") + "]"
        case .map: return "''"
        }
    }

    /// The command that reopens lesson `id` at `page` (1-based) with these scene values.
    public static func command(lesson id: String, page: Int, values: [String: ContentValue]) -> String {
        let pairs = format(values)
        return "dlstudy lesson \(id) --page \(page)" + (pairs.isEmpty ? "" : " --scene \"\(pairs)\"")
    }

    /// Reads `key=value` pairs: numbers, `true`/`false`, `[a,b,…]` lists of numbers, quoted or bare strings.
    public static func parse(_ text: String) -> Result<[String: ContentValue], SceneProblems> {
        var out: [String: ContentValue] = [:]
        var chars = Array(text)[...]
        func skipSpaces() { while let c = chars.first, c == " " { chars.removeFirst() } }
        skipSpaces()
        while !chars.isEmpty {
            var key = ""
            while let c = chars.first, c != "=", c != " " { key.append(c); chars.removeFirst() }
            guard chars.first == "=", !key.isEmpty else {
                return .failure(SceneProblems(["--scene: expected key=value, got '\(key)'"]))
            }
            chars.removeFirst()
            var raw = ""
            var quoted = false
            if let q = chars.first, q == "'" || q == "\"" {
                chars.removeFirst(); quoted = true
                while let c = chars.first, c != q { raw.append(c); chars.removeFirst() }
                guard chars.first == q else { return .failure(SceneProblems(["--scene: unclosed quote after \(key)="])) }
                chars.removeFirst()
            } else {
                while let c = chars.first, c != " " { raw.append(c); chars.removeFirst() }
            }
            guard out[key] == nil else { return .failure(SceneProblems(["--scene: '\(key)' is given twice"])) }
            out[key] = quoted ? .string(raw) : value(raw)
            skipSpaces()
        }
        return .success(out)
    }

    static func value(_ raw: String) -> ContentValue {
        if raw == "true" { return .bool(true) }
        if raw == "false" { return .bool(false) }
        if let d = Double(raw), d.isFinite { return .number(d) }
        if raw.hasPrefix("["), raw.hasSuffix("]") {
            let items = raw.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters() }
            let numbers = items.compactMap { Double($0) }
            if numbers.count == items.count { return .list(numbers.map { .number($0) }) }
        }
        return .string(raw)
    }
}

private extension Substring {
    func trimmingCharacters() -> String {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
