import Foundation

/// The one number formatter: the calculator's `73,728`, `1.39`, `61.1M` and the scenes' `5`, `−4`,
/// `0.3333` (`text`), `0.33` (`cell`), `2·(−1)` (`factor`), `3×3` (`size`).
public enum NumberFormat {
    /// Thousands separators: `73728` → `73,728`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// Magnitudes from here on are written in scientific notation (`1e308`, not 309 digits).
    public static let scientificFrom = 1e15

    /// Scientific notation with up to `significant` digits, trailing zeros dropped: `1e308`,
    /// `−2.5e20` (ASCII minus), `1.234568e16`; `inf`, `-inf`, `nan` as such.
    public static func scientific(_ x: Double, significant: Int = 7) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        let text = String(format: "%.\(max(0, min(significant, 17) - 1))e", x)
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        var mantissa = String(text[..<e])
        if mantissa.contains(".") {
            while mantissa.hasSuffix("0") { mantissa.removeLast() }
            if mantissa.hasSuffix(".") { mantissa.removeLast() }
        }
        var exponent = String(text[text.index(after: e)...])
        let negative = exponent.hasPrefix("-")
        exponent = String(exponent.drop { $0 == "+" || $0 == "-" || $0 == "0" })
        if exponent.isEmpty { return mantissa }
        return mantissa + "e" + (negative ? "-" : "") + exponent
    }

    /// A decimal with exactly `digits` decimals (half away from zero): `1.3888` → `1.39`; from
    /// 1e15 on (or not finite) in scientific notation.
    public static func decimal(_ x: Double, digits: Int) -> String {
        guard x.isFinite, abs(x) < scientificFrom else { return scientific(x) }
        let d = max(0, min(digits, 12))
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled / scale)
        var text = grouped(whole)
        if d > 0 {
            let fraction = Int(scaled - Double(whole) * scale)
            let f = String(fraction)
            text += "." + String(repeating: "0", count: max(0, d - f.count)) + f
        }
        return x < 0 && scaled != 0 ? "-" + text : text
    }

    /// One decimal with K/M/G (trailing `.0` dropped): `61100840` → `61.1M`, `35000` → `35K`,
    /// numbers below 1,000 unchanged.
    public static func short(_ x: Double) -> String {
        guard x.isFinite, abs(x) < scientificFrom else { return scientific(x, significant: 3) }
        let units: [(Double, String)] = [(1e9, "G"), (1e6, "M"), (1e3, "K")]
        for (size, suffix) in units where abs(x) >= size * 0.99995 {
            var text = decimal(x / size, digits: 1)
            if text.hasSuffix(".0") { text.removeLast(2) }
            return text + suffix
        }
        return x == x.rounded() ? grouped(Int(x)) : decimal(x, digits: 1)
    }

    /// Exactly what `String(format: "%.<digits>f", x)` writes (the C library's correctly rounded
    /// decimals, `-0.00` for a small negative), by integer arithmetic where the rounding cannot be
    /// in doubt, and by the C library near a tie, for huge numbers and for NaN and infinities.
    public static func fixed(_ x: Double, digits: Int) -> String {
        guard x.isFinite, (0...6).contains(digits) else { return String(format: "%.\(digits)f", x) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        // |x|·scale below 1e9: the product is within 1.2e-7 of the exact one, so when its fraction
        // is more than 1e-6 away from one half, it rounds the way the exact value does.
        let scaled = abs(x) * scale
        guard scaled < 1e9 else { return String(format: "%.\(digits)f", x) }
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        guard abs(fraction - 0.5) > 1e-6 else { return String(format: "%.\(digits)f", x) }
        var text = String(Int(whole) + (fraction > 0.5 ? 1 : 0))
        if digits > 0 {
            if text.utf8.count <= digits { text = String(repeating: "0", count: digits + 1 - text.utf8.count) + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
        }
        return x.sign == .minus ? "-" + text : text
    }

    /// Whole numbers without a decimal point, others with up to four decimals, minus as `−` (or `-`
    /// with `ascii`); from 1e15 on in scientific notation: `5`, `−4`, `2.5`, `0.3333`.
    public static func text(_ v: Double, ascii: Bool = false) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v > 0 ? "inf" : (ascii ? "-inf" : "−inf") }
        var text: String
        if abs(v) >= scientificFrom {
            text = scientific(v)
        } else if v == v.rounded() {
            text = String(Int(v))
        } else {
            text = fixed(v, digits: 4)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            if text == "-0" { text = "0" }
        }
        guard !ascii, text.utf8.contains(UInt8(ascii: "-")) else { return text }
        var signed = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { signed.append(scalar == "-" ? "\u{2212}" : scalar) }
        return String(signed)
    }

    /// A factor in a product: negative numbers in parentheses, `2·(−1)`.
    public static func factor(_ v: Double, ascii: Bool = false) -> String {
        let t = text(v, ascii: ascii)
        return v < 0 ? "(\(t))" : t
    }

    /// The multiplication dot (`*` in ASCII).
    public static func times(_ ascii: Bool) -> String { ascii ? "*" : "·" }

    /// `3×3` (`3x3` in ASCII).
    public static func size(_ h: Int, _ w: Int, ascii: Bool = false) -> String { "\(h)\(ascii ? "x" : "×")\(w)" }

    /// A number in a small grid cell, at most two decimals, ASCII minus: `3`, `-1.5`, `0.33`;
    /// from 1e9 on in scientific notation with 3 digits.
    public static func cell(_ v: Double) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        if abs(v) >= 1e9 { return scientific(v, significant: 3) }
        if v == v.rounded() { return String(Int(v)) }
        var s = twoDecimals(v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// `v` rounded to two decimals (half away from zero), written with both: `-1.50`.
    private static func twoDecimals(_ v: Double) -> String {
        let scaled = (v * 100).rounded()
        let sign = scaled < 0 ? "-" : ""
        let a = Int(abs(scaled))
        let frac = a % 100
        return "\(sign)\(a / 100).\(frac < 10 ? "0" : "")\(frac)"
    }
}
