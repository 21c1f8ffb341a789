/// How much colour the terminal can show (DESIGN §3).
public enum ColorTier: Equatable, Sendable {
    /// `NO_COLOR`, `--no-color` or a terminal without colours: attributes only.
    case attributesOnly
    case eight
    case twoFiftySix

    /// Chooses the tier from the environment and what the terminal reports.
    public static func choose(noColorFlag: Bool, environment: [String: String], hasColors: Bool, colors: Int) -> ColorTier {
        if noColorFlag { return .attributesOnly }
        if let v = environment["NO_COLOR"], !v.isEmpty { return .attributesOnly }
        guard hasColors else { return .attributesOnly }
        return colors >= 256 ? .twoFiftySix : .eight
    }
}
