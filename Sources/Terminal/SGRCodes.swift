/// Select Graphic Rendition parameters for an ECMA-48 terminal, learned from its terminfo entry,
/// and the shortest single `ESC [ … m` that turns one cell look into another.
struct SGRCodes: Equatable {
    /// `setaf` / `setab` parameters by colour number (e.g. 16 → "38;5;16", 3 → "33").
    var foreground: [Int16: String]
    var background: [Int16: String]
    /// Whether `39` and `49` reset the foreground and background on their own (terminfo `op` is
    /// `ESC[39;49m` and the `AX` extension says the two are independent).
    var separateDefaultColors: Bool

    /// The parameters that draw `look` after a reset.
    func parameters(_ look: CellLook) -> [String]? {
        var p: [String] = []
        if look.bold { p.append("1") }
        if look.dim { p.append("2") }
        if look.underline { p.append("4") }
        if look.reverse { p.append("7") }
        if look.fg >= 0 { guard let f = foreground[look.fg] else { return nil }; p.append(f) }
        if look.bg >= 0 { guard let b = background[look.bg] else { return nil }; p.append(b) }
        return p
    }

    /// The shortest sequence that changes the terminal from `old` to `new` ("" when they are equal):
    /// either a reset followed by everything `new` needs, or, when `new` only adds attributes, just
    /// the added attributes and the changed colours. Nil when a colour has no known code.
    func transition(from old: CellLook, to new: CellLook) -> String? {
        if old == new { return "" }
        guard let full = parameters(new) else { return nil }
        let reset = full.isEmpty ? "\u{1B}[m" : "\u{1B}[0;" + full.joined(separator: ";") + "m"
        guard let added = additions(from: old, to: new), !added.isEmpty else { return reset }
        let incremental = "\u{1B}[" + added.joined(separator: ";") + "m"
        return incremental.utf8.count <= reset.utf8.count ? incremental : reset
    }

    /// The parameters that add to `old` what `new` has more, or nil when an attribute must go off
    /// (only a reset turns attributes off) or a colour cannot return to the default alone.
    private func additions(from old: CellLook, to new: CellLook) -> [String]? {
        if (old.bold && !new.bold) || (old.dim && !new.dim) || (old.underline && !new.underline)
            || (old.reverse && !new.reverse) { return nil }
        var p: [String] = []
        if new.bold && !old.bold { p.append("1") }
        if new.dim && !old.dim { p.append("2") }
        if new.underline && !old.underline { p.append("4") }
        if new.reverse && !old.reverse { p.append("7") }
        if new.fg != old.fg {
            if new.fg < 0 { guard separateDefaultColors else { return nil }; p.append("39") }
            else { guard let f = foreground[new.fg] else { return nil }; p.append(f) }
        }
        if new.bg != old.bg {
            if new.bg < 0 { guard separateDefaultColors else { return nil }; p.append("49") }
            else { guard let b = background[new.bg] else { return nil }; p.append(b) }
        }
        return p
    }
}

extension SGRCodes {
    /// The codes for a terminal described by terminfo, or nil when the terminal is not plain
    /// ECMA-48 for everything the looks need (then ncurses draws every frame itself).
    /// - `flag`, `string`: terminfo boolean and string capabilities by name;
    ///   `colorString`: a colour capability (`setaf`/`setab`) instantiated for one colour number.
    static func learn(looks: [CellLook], flag: (String) -> Bool, string: (String) -> String?,
                      colorString: (String, Int16) -> String?) -> SGRCodes? {
        guard flag("msgr"), let sgr0 = string("sgr0") else { return nil }
        let resets = ["\u{1B}[m", "\u{1B}[0m"]
        let charsetResets = ["", "\u{1B}(B", "\u{0F}"]
        let acceptedResets = resets.flatMap { r in charsetResets.flatMap { c in [c + r, r + c] } }
        guard acceptedResets.contains(sgr0) else { return nil }
        for (cap, code) in [("bold", "1"), ("dim", "2"), ("smul", "4"), ("rev", "7")] {
            guard string(cap) == "\u{1B}[\(code)m" else { return nil }
        }
        // Colours sit on the terminal's defaults (use_default_colors), which `op` must restore as 39;49.
        let colored = looks.contains { $0.fg >= 0 || $0.bg >= 0 }
        if colored, string("op") != "\u{1B}[39;49m" { return nil }
        var codes = SGRCodes(foreground: [:], background: [:], separateDefaultColors: colored && flag("AX"))
        for look in looks {
            if look.fg >= 0, codes.foreground[look.fg] == nil {
                guard let p = colorString("setaf", look.fg).flatMap(Self.parameter) else { return nil }
                codes.foreground[look.fg] = p
            }
            if look.bg >= 0, codes.background[look.bg] == nil {
                guard let p = colorString("setab", look.bg).flatMap(Self.parameter) else { return nil }
                codes.background[look.bg] = p
            }
        }
        return codes
    }

    /// "38;5;16" from `ESC[38;5;16m`; nil unless the string is one SGR sequence of digits and `;`.
    static func parameter(_ sequence: String) -> String? {
        guard sequence.hasPrefix("\u{1B}["), sequence.hasSuffix("m") else { return nil }
        let body = sequence.dropFirst(2).dropLast()
        guard !body.isEmpty, body.allSatisfy({ $0 == ";" || ("0"..."9").contains($0) }) else { return nil }
        return String(body)
    }
}
