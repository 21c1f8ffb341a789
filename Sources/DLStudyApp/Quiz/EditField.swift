/// A one-line text field with a cursor: insert at the cursor, backspace, delete, move. Works on
/// whole characters, so a composed Korean syllable is one edit step.
public struct EditField: Equatable, Sendable {
    public var characters: [Character] = []
    /// Position of the cursor: 0 ... characters.count.
    public var cursor = 0

    public init(_ text: String = "") { characters = Array(text); cursor = characters.count }

    public var text: String { String(characters) }

    /// Applies an editing key; false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c) where !c.isNewline:
            characters.insert(c, at: cursor); cursor += 1
        case .backspace:
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .ctrl("u"): characters.removeAll(); cursor = 0
        default: return false
        }
        return true
    }
}

import TUIKit
