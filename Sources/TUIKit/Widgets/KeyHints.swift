/// A key and what it does, shown in footers and the help overlay.
public struct KeyHint: Equatable, Sendable {
    public var key: String
    public var label: String
    public init(_ key: String, _ label: String) { self.key = key; self.label = label }
}

extension Frame {
    /// Draws key hints on one row (`key label  key label ...`), dropping those that do not fit.
    public mutating func footer(_ hints: [KeyHint], y: Int, x: Int = 1, width: Int? = nil) {
        let limit = x + (width ?? (size.width - x - 1))
        var col = x
        for hint in hints {
            let w = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label)
            if col + w > limit { break }
            col = put(hint.key, x: col, y: y, role: .key)
            col = put(" " + hint.label, x: col, y: y, role: .dim)
            col += 2
        }
    }
}
