/// Finds `{{expression}}` placeholders in content text and replaces each with what an evaluator
/// returns (an unevaluable one is shown as `⟨expression?⟩` so it is visible, never silent).
public enum Placeholders {
    /// Expands every placeholder in `text` with `evaluate`, in one pass over the text (linear in its
    /// length however many placeholders it has). An unclosed `{{` and the rest after it stay as written.
    public static func expand(_ text: String, evaluate: (String) -> String?) -> String {
        let bytes = text.utf8
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var out = ""
        out.reserveCapacity(bytes.count)
        var copied = bytes.startIndex
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let next = bytes.index(after: i)
            guard bytes[i] == open, next != bytes.endIndex, bytes[next] == open else { i = next; continue }
            let start = bytes.index(after: next)
            guard let end = closing(in: bytes, from: start, close: close) else { break }
            out += text[copied..<i]
            let expression = text[start..<end].trimmingCharacters(in: .whitespaces)
            out += evaluate(expression) ?? "⟨\(expression)?⟩"
            i = bytes.index(end, offsetBy: 2)
            copied = i
        }
        out += text[copied...]
        return out
    }

    /// Index of the first `}}` at or after `from`.
    private static func closing(in bytes: String.UTF8View, from: String.Index, close: UInt8) -> String.Index? {
        var j = from
        while j != bytes.endIndex {
            let after = bytes.index(after: j)
            if bytes[j] == close, after != bytes.endIndex, bytes[after] == close { return j }
            j = after
        }
        return nil
    }

    /// The expressions used in `text`, in order.
    public static func expressions(in text: String) -> [String] {
        var found: [String] = []
        _ = expand(text) { found.append($0); return "" }
        return found
    }
}
