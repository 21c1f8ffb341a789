import DLEngine
import Foundation

/// Formats engine numbers for scenes and commands: `format` writes whole numbers without a decimal
/// point and others with up to four decimals, minus as `−` (or `-` in ASCII); `short` writes at most
/// two decimals for small grids.
public enum NumberText {
    /// `5`, `−4`, `2.5`, `0.3333`.
    public static func format(_ v: Double, ascii: Bool = false) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v > 0 ? "inf" : (ascii ? "-inf" : "−inf") }
        var text: String
        if abs(v) >= NumberFormat.scientificFrom {
            text = NumberFormat.scientific(v)
        } else if v == v.rounded() {
            text = String(Int(v))
        } else {
            text = String(format: "%.4f", v)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            if text == "-0" { text = "0" }
        }
        return ascii || !text.utf8.contains(UInt8(ascii: "-")) ? text : text.replacingOccurrences(of: "-", with: "−")
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

    /// `3`, `-1.5`, `0.33`.
    public static func short(_ v: Double) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        if abs(v) >= 1e9 { return NumberFormat.scientific(v, significant: 3) }
        if v == v.rounded() { return String(Int(v)) }
        var s = String(format2(v))
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    private static func format2(_ v: Double) -> String {
        let scaled = (v * 100).rounded()
        let sign = scaled < 0 ? "-" : ""
        let a = Int(abs(scaled))
        let frac = a % 100
        return "\(sign)\(a / 100).\(frac < 10 ? "0" : "")\(frac)"
    }
}
