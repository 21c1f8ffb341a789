import DLEngine
import Foundation

/// How recurrent scenes write numbers, vectors, small bars and subscripts.
enum VectorText {
    /// `0.73`, `-0.52` with a fixed number of decimals (a leading space for positives keeps columns aligned).
    static func number(_ v: Double, digits: Int = 2) -> String {
        var s = NumberFormat.fixed(v, digits: digits)
        if s.hasPrefix("-"), Double(s) == 0 { s.removeFirst() }
        return s.hasPrefix("-") ? s : " " + s
    }

    /// A vector as `[ 0.73  0.52]`.
    static func vector(_ v: [Double], digits: Int = 2) -> String {
        "[" + v.map { number($0, digits: digits) }.joined(separator: " ") + "]"
    }

    /// A one-cell bar for a value in [lo, hi] (eighth blocks, or ASCII levels).
    static func bar(_ v: Double, lo: Double = 0, hi: Double = 1, ascii: Bool) -> String {
        let levels: [String] = ascii ? [" ", ".", ":", "-", "=", "+", "*", "#", "@"] : [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        guard hi > lo, v.isFinite else { return levels[0] }
        let x = min(1, max(0, (v - lo) / (hi - lo)))
        return levels[Int((x * 8).rounded())]
    }

    /// A vector as numbers each followed by its bar: ` 0.73▆ 0.52▄`. `signed` maps [−1, 1] (tanh outputs).
    static func barred(_ v: [Double], signed: Bool, ascii: Bool, digits: Int = 2) -> String {
        v.map { number($0, digits: digits) + bar(abs($0), lo: 0, hi: 1, ascii: ascii) }.joined(separator: " ")
    }

    /// A horizontal bar of up to `width` cells for `fraction` in [0, 1], with eighth blocks.
    static func hbar(_ fraction: Double, width: Int, ascii: Bool) -> String {
        guard width > 0, fraction.isFinite else { return "" }
        let eighths = Int((min(1, max(0, fraction)) * Double(width * 8)).rounded())
        if ascii { return String(repeating: "#", count: eighths / 8) + (eighths % 8 >= 4 ? "+" : "") }
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
    }

    /// `t` as Unicode subscript digits (`12` → `₁₂`).
    static func sub(_ t: Int) -> String {
        let digits = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        return String(t).map { c in c.wholeNumberValue.map { digits[$0] } ?? String(c) }.joined()
    }

    /// The text with math glyphs folded to ASCII (for `--ascii`): σ → sig, ⊙ → *, · → *, subscripts → _n.
    static func fold(_ text: String, ascii: Bool) -> String {
        guard ascii else { return text }
        var out = ""
        var inSub = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x2080...0x2089).contains(v) {
                if !inSub { out += "_" }
                out += String(v - 0x2080)
                inSub = true
                continue
            }
            inSub = false
            switch scalar {
            case "σ": out += "sig"
            case "⊙", "·", "×": out += "*"
            case "\u{0303}": out += "~"
            case "−": out += "-"
            case "τ": out += "tau"
            case "∂": out += "d"
            case "‖": out += "|"
            case "→", "▶": out += ">"
            case "←": out += "<"
            case "≈": out += "~"
            case "…": out += "..."
            case "─", "━": out += "-"
            case "│": out += "|"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
