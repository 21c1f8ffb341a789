/// A key press, decoded by the terminal backend, independent of ncurses.
public enum Key: Equatable, Hashable, Sendable {
    case char(Character)
    case up, down, left, right
    case enter, escape, backspace, tab, backTab, delete
    case pageUp, pageDown, home, end
    case ctrl(Character)
    case function(Int)
}

/// One input event from the backend: a key, a new terminal size, or a timer tick.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case tick
    case quit(signal: Int32)
}
