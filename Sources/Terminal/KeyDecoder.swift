import CNcursesw
import TUIKit

/// Turns what `wget_wch` returned into a `Key`.
enum KeyDecoder {
    /// `isKeyCode` is true when ncurses returned KEY_CODE_YES (a function key code).
    static func decode(_ value: UInt32, isKeyCode: Bool) -> Key? {
        if isKeyCode {
            switch Int32(bitPattern: value) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case KEY_DC: return .delete
            case KEY_NPAGE: return .pageDown
            case KEY_PPAGE: return .pageUp
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_BTAB: return .backTab
            default:
                let code = Int32(bitPattern: value)
                if code >= KEY_F0 + 1, code <= KEY_F0 + 12 { return .function(Int(code - KEY_F0)) }
                return nil
            }
        }
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26:
            guard let scalar = Unicode.Scalar(value + 96) else { return nil }
            return .ctrl(Character(scalar))
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }
}
