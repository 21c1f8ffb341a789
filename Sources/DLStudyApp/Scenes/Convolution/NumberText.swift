import Foundation

/// Formats engine numbers for the convolution scenes and commands: whole numbers without a decimal
/// point, others with up to four decimals, minus as `−` (or `-` in ASCII).
public enum NumberText {
    /// `5`, `−4`, `2.5`, `0.3333`.
    public static func format(_ v: Double, ascii: Bool = false) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v > 0 ? "inf" : (ascii ? "-inf" : "−inf") }
        var text: String
        if v == v.rounded(), abs(v) < 1e15 {
            text = String(Int(v))
        } else {
            text = String(format: "%.4f", v)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            if text == "-0" { text = "0" }
        }
        return ascii ? text : text.replacingOccurrences(of: "-", with: "−")
    }

    /// A factor in a product: negative numbers in parentheses, `2·(−1)`.
    public static func factor(_ v: Double, ascii: Bool = false) -> String {
        let t = format(v, ascii: ascii)
        return v < 0 ? "(\(t))" : t
    }

    /// The multiplication dot (`*` in ASCII).
    public static func times(_ ascii: Bool) -> String { ascii ? "*" : "·" }

    /// `3×3` (`3x3` in ASCII).
    public static func size(_ h: Int, _ w: Int, ascii: Bool = false) -> String { "\(h)\(ascii ? "x" : "×")\(w)" }
}
