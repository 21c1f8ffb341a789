/// How a cell looks on the terminal once its role is mapped for the colour tier: intensity,
/// underline, reverse video and colour numbers (-1 = the terminal's default colour).
struct CellLook: Equatable, Hashable {
    var bold = false
    var dim = false
    var underline = false
    var reverse = false
    var fg: Int16 = -1
    var bg: Int16 = -1

    /// The terminal's state after a reset (`ESC [ m`).
    static let plain = CellLook()

    /// The look `style` gets when colours are on (`colored`) or off (pair 0: default colours).
    init(_ style: RoleStyle, colored: Bool) {
        for a in style.attrs {
            switch a {
            case .bold: bold = true
            case .dim: dim = true
            case .underline: underline = true
            case .reverse: reverse = true
            }
        }
        if colored { fg = style.fg; bg = style.bg }
    }

    init(bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false, fg: Int16 = -1, bg: Int16 = -1) {
        self.bold = bold; self.dim = dim; self.underline = underline; self.reverse = reverse
        self.fg = fg; self.bg = bg
    }

    /// Whether a space drawn in this look shows only its background: without underline or reverse
    /// video a space has no ink, so its foreground colour and intensity cannot be seen.
    var blankShowsOnlyBackground: Bool { !underline && !reverse }

    /// What a space in this look shows: its background, underline and reverse video; and, with
    /// reverse video, the foreground (it becomes the cell's colour). The rest is invisible.
    var visibleOnBlank: CellLook {
        if blankShowsOnlyBackground { return CellLook(bg: bg) }
        return CellLook(underline: underline, reverse: reverse, fg: reverse ? fg : -1, bg: bg)
    }

    /// This look with the invisible parts of a space (foreground, intensity) taken from `other`.
    func blank(carrying other: CellLook) -> CellLook {
        guard blankShowsOnlyBackground else { return self }
        return CellLook(bold: other.bold, dim: other.dim, fg: other.fg, bg: bg)
    }
}
