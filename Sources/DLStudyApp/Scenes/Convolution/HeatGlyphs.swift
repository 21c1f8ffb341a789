import TUIKit

/// Shade glyphs and heat roles for pictures and feature maps: ` ░▒▓█`, or ` .:*#` with --ascii.
enum HeatGlyphs {
    static let roles: [StyleRole] = [.heat0, .heat1, .heat2, .heat3, .heat4]

    /// The level 0...4 of `v` between `low` and `high`.
    static func level(_ v: Double, low: Double, high: Double) -> Int {
        guard high > low else { return v > 0 ? 4 : 0 }
        return min(4, max(0, Int(((v - low) / (high - low) * 4).rounded())))
    }

    /// A two-column cell of shade `level`.
    static func cell(level: Int, ascii: Bool) -> GridCell {
        let glyphs: [Character] = ascii ? [" ", ".", ":", "*", "#"] : [" ", "░", "▒", "▓", "█"]
        let g = String(glyphs[level])
        return GridCell(text: g + g, role: roles[level])
    }
}
