/// What a cell means, not how it looks: the terminal backend maps roles to colours and attributes
/// for the colour tier in use (256 colours, 8 colours, attributes only).
public enum StyleRole: UInt8, Sendable, CaseIterable {
    case normal, dim, bold, title, heading, accent, selected, key, border, error, success, warning
    case emphasis, strong, code, quote, padding, window, output, cursor, highlight
    case heat0, heat1, heat2, heat3, heat4
}
