/// Rules for ids in content files and "did you mean" suggestions for unknown ones.
public enum ContentIDs {
    /// Lowercase ASCII letters, digits and '-', starting with a letter or digit.
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "-" else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The candidates closest to `id` (edit distance), best first.
    public static func closest(_ id: String, among candidates: [String], limit: Int = 3) -> [String] {
        let scored = candidates.map { ($0, distance(id, $0)) }
        let maxDistance = max(2, id.count / 2)
        var good = scored.filter { $0.1 <= maxDistance || $0.0.contains(id) || (id.count >= 3 && $0.0.hasPrefix(id)) }
        good.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        return Array(good.prefix(limit).map(\.0))
    }

    /// " (did you mean x?)" or "".
    public static func suggestion(_ id: String, among candidates: [String]) -> String {
        guard let best = closest(id, among: candidates, limit: 1).first else { return "" }
        return " (did you mean '\(best)'?)"
    }

    /// Levenshtein distance.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = Array(repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}
