import Foundation

/// Finds `{{expression}}` placeholders in content text and replaces each with what an evaluator
/// returns (an unevaluable one is shown as `⟨expression?⟩` so it is visible, never silent).
public enum Placeholders {
    /// Expands every placeholder in `text` with `evaluate`, in one pass over the text (linear in its
    /// length however many placeholders it has). An unclosed `{{` and the rest after it stay as written.
    public static func expand(_ text: String, evaluate: (String) -> String?) -> String {
        withUTF8(text) { bytes in
            var out = ""
            out.reserveCapacity(bytes.count)
            var copied = 0
            scan(bytes) { whole, expression in
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[copied..<whole.lowerBound]), as: UTF8.self)
                let expression = trimmed(bytes, expression)
                out += evaluate(expression) ?? "⟨\(expression)?⟩"
                copied = whole.upperBound
            }
            out += String(decoding: UnsafeBufferPointer(rebasing: bytes[copied...]), as: UTF8.self)
            return out
        }
    }

    /// The expressions used in `text`, in order.
    public static func expressions(in text: String) -> [String] {
        withUTF8(text) { bytes in
            var found: [String] = []
            scan(bytes) { _, expression in found.append(trimmed(bytes, expression)) }
            return found
        }
    }

    /// Whether `text` holds a `{` at all (most texts do not, and need no scan).
    public static func mayHavePlaceholder(_ text: String) -> Bool {
        withUTF8(text) { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "{")), bytes.count) != nil
        }
    }

    /// Calls `found` with the byte offsets of each `{{…}}` (braces included) and of the text
    /// between its braces, left to right; an unclosed `{{` ends the scan. The braces are found
    /// with `memchr`, not byte by byte.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Range<Int>, Range<Int>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        let n = bytes.count
        /// The first `byte` at or after `from` that has a byte after it.
        func next(_ byte: UInt8, from: Int) -> Int? {
            guard from + 1 < n, let p = memchr(base + from, Int32(byte), n - 1 - from) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
        }
        var from = 0
        while let i = next(open, from: from) {
            guard bytes[i + 1] == open else { from = i + 1; continue }
            let start = i + 2
            var end = start
            while true {
                guard let c = next(close, from: end) else { return }
                if bytes[c + 1] == close { end = c; break }
                end = c + 1
            }
            found(i..<(end + 2), start..<end)
            from = end + 2
        }
    }

    /// The text of a byte range without the spaces and tabs around it: the scalars that
    /// `trimmingCharacters(in: .whitespaces)` trims (tab and general category Zs), trimmed here
    /// without Foundation's cost (most of a check's placeholder scan).
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        let scalars = text.unicodeScalars
        let isSpace = { (s: Unicode.Scalar) in s == "\t" || s.properties.generalCategory == .spaceSeparator }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Runs `body` on the UTF-8 bytes of `text` (in place when the string is stored contiguously).
    static func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
