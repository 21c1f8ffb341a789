import TUIKit

/// A one-line editor for numbers typed inside a scene (input sequence, initial state).
struct LineEditor: Equatable, Sendable {
    enum Target: Equatable, Sendable { case input, state }
    var target: Target
    var text: String

    enum Outcome: Equatable { case editing, apply, cancel }

    /// The characters typed into the line: digits and `.-; ,e`.
    static func accepts(_ c: Character) -> Bool { c.isNumber || ".-; ,e".contains(c) }

    /// Applies a key: number characters are typed, Backspace deletes, Enter applies, Tab or Esc cancels.
    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .apply
        case .tab, .escape: return .cancel
        case .backspace, .delete:
            if !text.isEmpty { text.removeLast() }
        case .char(let c) where Self.accepts(c):
            if text.count < 120 { text.append(c) }
        default: break
        }
        return .editing
    }
}
