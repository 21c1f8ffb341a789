/// Turns the notes' simple LaTeX (`\sigma`, `\tilde{C}`, `x_t`, `h_{t-1}`, `\cdot`, `\to`, `\times`)
/// into Unicode for the terminal.
public enum MathText {
    static let commands: [String: String] = [
        "sigma": "σ", "cdot": "·", "to": "→", "times": "×", "tanh": "tanh", "alpha": "α", "beta": "β",
        "gamma": "γ", "delta": "δ", "Delta": "Δ", "epsilon": "ε", "eta": "η", "theta": "θ", "lambda": "λ",
        "mu": "μ", "pi": "π", "rho": "ρ", "tau": "τ", "phi": "φ", "omega": "ω", "partial": "∂", "nabla": "∇",
        "sum": "Σ", "prod": "∏", "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "le": "≤", "leq": "≤", "ge": "≥",
        "geq": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "infty": "∞", "vert": "|", "mid": "|", "in": "∈",
        "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "ldots": "…", "dots": "…", "cdots": "⋯",
        "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "sqrt": "√", "exp": "exp", "log": "log",
        "max": "max", "min": "min", "quad": "  ", ",": " ", ";": " ", "!": "", "left": "", "right": "",
        "{": "{", "}": "}", "_": "_", "%": "%", "#": "#",
    ]
    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "=": "₌", "(": "₍", ")": "₎", "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ",
        "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ",
        "v": "ᵥ", "x": "ₓ",
    ].reduce(into: [:]) { $0[$1.key.first ?? " "] = $1.value }
    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ", "T": "ᵀ", "t": "ᵗ", "k": "ᵏ",
    ]
    static let accents: [String: String] = ["tilde": "\u{0303}", "hat": "\u{0302}", "bar": "\u{0304}", "vec": "\u{20D7}", "dot": "\u{0307}"]

    /// Converts one math expression (the text between `$...$`).
    public static func render(_ latex: String) -> String {
        var out = ""
        let chars = Array(latex)
        var i = 0
        func readGroup() -> String {
            // Reads `{...}` (nested) or a single character/command after the current position.
            guard i < chars.count else { return "" }
            if chars[i] == "{" {
                var depth = 0
                var group = ""
                while i < chars.count {
                    let c = chars[i]
                    if c == "{" { depth += 1; if depth == 1 { i += 1; continue } }
                    if c == "}" { depth -= 1; if depth == 0 { i += 1; break } }
                    group.append(c)
                    i += 1
                }
                return render(group)
            }
            if chars[i] == "\\" {
                var name = ""
                i += 1
                while i < chars.count, chars[i].isLetter { name.append(chars[i]); i += 1 }
                if name.isEmpty, i < chars.count { name = String(chars[i]); i += 1 }
                return commands[name] ?? name
            }
            let c = chars[i]
            i += 1
            return String(c)
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\\" {
                var name = ""
                var j = i + 1
                while j < chars.count, chars[j].isLetter { name.append(chars[j]); j += 1 }
                if name.isEmpty, j < chars.count { name = String(chars[j]); j += 1 }
                i = j
                if let mark = accents[name] {
                    let base = readGroup()
                    if let first = base.first { out += String(first) + mark + String(base.dropFirst()) }
                } else if name == "mathbb" || name == "mathrm" || name == "text" || name == "mathbf" || name == "operatorname" {
                    out += readGroup()
                } else if name == "frac" {
                    let num = readGroup()
                    let den = readGroup()
                    out += "(\(num))/(\(den))"
                } else {
                    out += commands[name] ?? name
                }
                continue
            }
            if c == "_" || c == "^" {
                i += 1
                let group = readGroup()
                let table = c == "_" ? subscripts : superscripts
                let mapped = group.compactMap { table[$0] }
                if !group.isEmpty, mapped.count == group.count {
                    out += String(mapped)
                } else {
                    out += String(c) + (group.count == 1 ? group : "{" + group + "}")
                }
                continue
            }
            if c == "{" || c == "}" { i += 1; continue }
            out.append(c)
            i += 1
        }
        return out
    }
}
