/// One terminal cell: a grapheme cluster and its style role. The right half of a wide glyph is a
/// continuation cell with empty text.
public struct Cell: Equatable, Hashable, Sendable {
    public var text: String
    public var role: StyleRole
    public init(_ text: String, role: StyleRole = .normal) { self.text = text; self.role = role }

    /// A space in the normal style.
    public static let blank = Cell(" ")
    /// The right half of a wide glyph.
    public static func continuation(_ role: StyleRole) -> Cell { Cell("", role: role) }
    /// Whether this is the right half of a wide glyph.
    public var isContinuation: Bool { text.isEmpty }
}
