/// A piece of text in one style role; a line of styled text is an array of spans.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: StyleRole
    public init(_ text: String, _ role: StyleRole = .normal) { self.text = text; self.role = role }
}

extension Frame {
    /// Draws spans one after another from (x, y), clipped to `clip`; returns the column after them.
    @discardableResult
    public mutating func put(spans: [Span], x: Int, y: Int, clip: Rect? = nil) -> Int {
        var col = x
        for span in spans { col = put(span.text, x: col, y: y, role: span.role, clip: clip) }
        return col
    }
}
