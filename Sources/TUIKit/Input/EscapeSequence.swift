/// Decodes what a terminal sent after an Esc byte when curses did not know the sequence (its
/// terminal description does not match the terminal, e.g. Home as `ESC [1~` under xterm-256color
/// inside tmux): the whole sequence is consumed, a few well-known ones become keys, the rest are
/// ignored — never read as Esc followed by letters.
public enum EscapeSequence {
    /// Longest sequence read; anything longer is dropped as garbage.
    public static let maxLength = 64

    /// Whether `body` (the characters after Esc) is a complete sequence, so reading stops.
    public static func isComplete(_ body: [Unicode.Scalar]) -> Bool {
        guard let first = body.first else { return false }
        if body.count >= maxLength { return true }
        switch first {
        case "[":
            // CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E.
            guard body.count > 1, let last = body.last else { return false }
            if body.count == 2, last == "[" { return false }
            return (0x40...0x7E).contains(last.value) || !(0x20...0x3F).contains(last.value)
        case "O":
            return body.count >= 2
        case "]", "P", "_", "^", "X":
            // OSC, DCS and other strings end with BEL or ST (ESC \).
            guard let last = body.last else { return false }
            return last == "\u{07}" || (body.count >= 3 && last == "\\" && body[body.count - 2] == "\u{1B}")
        default:
            return true
        }
    }

    /// The key a complete sequence stands for, or nil when it is unknown (then it is ignored).
    public static func key(_ body: [Unicode.Scalar]) -> Key? {
        let text = String(String.UnicodeScalarView(body))
        switch text {
        case "[A", "OA": return .up
        case "[B", "OB": return .down
        case "[C", "OC": return .right
        case "[D", "OD": return .left
        case "[H", "OH", "[1~", "[7~": return .home
        case "[F", "OF", "[4~", "[8~": return .end
        case "[3~": return .delete
        case "[5~": return .pageUp
        case "[6~": return .pageDown
        case "[Z": return .backTab
        case "OP", "[11~": return .function(1)
        case "OQ", "[12~": return .function(2)
        case "OR", "[13~": return .function(3)
        case "OS", "[14~": return .function(4)
        case "[15~": return .function(5)
        case "[17~": return .function(6)
        case "[18~": return .function(7)
        case "[19~": return .function(8)
        case "[20~": return .function(9)
        case "[21~": return .function(10)
        case "[23~": return .function(11)
        case "[24~": return .function(12)
        default: return nil
        }
    }
}
