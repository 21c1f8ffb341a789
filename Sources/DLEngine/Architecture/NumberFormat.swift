#if canImport(Glibc)
import Glibc
#endif

/// How the calculator writes numbers: `73,728`, `1.39`, `61.1M`.
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

    /// A decimal with exactly `digits` decimals (half away from zero): `1.3888` → `1.39`.
    public static func decimal(_ x: Double, digits: Int) -> String {
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
        let units: [(Double, String)] = [(1e9, "G"), (1e6, "M"), (1e3, "K")]
        for (size, suffix) in units where abs(x) >= size * 0.99995 {
            var text = decimal(x / size, digits: 1)
            if text.hasSuffix(".0") { text.removeLast(2) }
            return text + suffix
        }
        return x == x.rounded() ? grouped(Int(x)) : decimal(x, digits: 1)
    }
}
