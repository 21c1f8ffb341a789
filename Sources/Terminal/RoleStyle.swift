import TUIKit

/// How one style role looks in a colour tier: attributes and an optional foreground/background.
struct RoleStyle {
    enum Attr { case bold, dim, reverse, underline }
    var attrs: [Attr]
    /// Colour numbers (-1 = terminal default); ignored in the attributes-only tier.
    var fg: Int16
    var bg: Int16

    /// The look of `role` in `tier`. Never assumes a black background: default background except
    /// for selections and heat cells.
    static func of(_ role: StyleRole, tier: ColorTier) -> RoleStyle {
        let rich = tier == .twoFiftySix
        switch tier {
        case .attributesOnly:
            switch role {
            case .title, .heading, .strong, .key, .output, .success, .error: return RoleStyle(attrs: [.bold], fg: -1, bg: -1)
            case .dim, .padding, .border, .heat0: return RoleStyle(attrs: [.dim], fg: -1, bg: -1)
            case .selected, .window, .cursor, .heat4: return RoleStyle(attrs: [.reverse], fg: -1, bg: -1)
            case .emphasis, .quote, .code, .accent, .highlight, .warning: return RoleStyle(attrs: [.underline], fg: -1, bg: -1)
            default: return RoleStyle(attrs: [], fg: -1, bg: -1)
            }
        case .eight, .twoFiftySix:
            // Colour numbers: 0 black 1 red 2 green 3 yellow 4 blue 5 magenta 6 cyan 7 white.
            switch role {
            case .normal: return RoleStyle(attrs: [], fg: -1, bg: -1)
            case .dim, .border: return RoleStyle(attrs: rich ? [] : [.dim], fg: rich ? 244 : -1, bg: -1)
            case .bold, .strong: return RoleStyle(attrs: [.bold], fg: -1, bg: -1)
            case .title: return RoleStyle(attrs: [.bold], fg: 6, bg: -1)
            case .heading: return RoleStyle(attrs: [.bold], fg: rich ? 75 : 4, bg: -1)
            case .accent: return RoleStyle(attrs: [], fg: rich ? 73 : 6, bg: -1)
            case .selected: return RoleStyle(attrs: [.reverse], fg: rich ? 31 : 4, bg: -1)
            case .key: return RoleStyle(attrs: [.bold], fg: rich ? 179 : 3, bg: -1)
            case .error: return RoleStyle(attrs: [.bold], fg: 1, bg: -1)
            case .success: return RoleStyle(attrs: [.bold], fg: 2, bg: -1)
            case .warning: return RoleStyle(attrs: [], fg: 3, bg: -1)
            case .emphasis: return RoleStyle(attrs: [.underline], fg: -1, bg: -1)
            case .code: return RoleStyle(attrs: [], fg: rich ? 173 : 5, bg: -1)
            case .quote: return RoleStyle(attrs: [], fg: rich ? 108 : 2, bg: -1)
            case .padding: return RoleStyle(attrs: [.dim], fg: rich ? 244 : -1, bg: -1)
            case .window: return RoleStyle(attrs: [.bold], fg: rich ? 16 : 0, bg: rich ? 186 : 3)
            case .output: return RoleStyle(attrs: [.bold], fg: rich ? 114 : 2, bg: -1)
            case .cursor: return RoleStyle(attrs: [.reverse], fg: -1, bg: -1)
            case .highlight: return RoleStyle(attrs: [], fg: rich ? 16 : 0, bg: rich ? 152 : 6)
            case .heat0: return RoleStyle(attrs: [], fg: -1, bg: rich ? 236 : -1)
            case .heat1: return RoleStyle(attrs: [], fg: rich ? 231 : 7, bg: rich ? 24 : 4)
            case .heat2: return RoleStyle(attrs: [], fg: rich ? 231 : 7, bg: rich ? 30 : 6)
            case .heat3: return RoleStyle(attrs: [], fg: rich ? 16 : 0, bg: rich ? 142 : 2)
            case .heat4: return RoleStyle(attrs: [], fg: rich ? 16 : 0, bg: rich ? 220 : 3)
            }
        }
    }
}
