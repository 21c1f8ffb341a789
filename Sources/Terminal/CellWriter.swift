import CNcursesw
import TUIKit

/// Writes the changed cells of a frame to the terminal directly (absolute cursor moves, one
/// combined SGR sequence per change of look), so a small step costs few bytes. ncurses still owns
/// the terminal: `TerminalScreen` keeps its virtual and current screens equal to what is shown,
/// the terminal is left with attributes reset, and before ncurses draws a frame itself (resize,
/// the cases `RunEncoder` declines) it is told where the cursor is.
struct CellWriter {
    let encoder: RunEncoder

    /// A writer for the terminal ncurses was started on, or nil when its terminfo entry is not
    /// plain ECMA-48 for the looks in use, has no cursor addressing, or the locale is not UTF-8
    /// (then ncurses draws everything).
    static func forCurrentTerminal(looks: [StyleRole: CellLook]) -> CellWriter? {
        guard dl_codeset_is_utf8() != 0, "cup".withCString({ dl_tigetstr($0) }) != nil else { return nil }
        let codes = SGRCodes.learn(
            looks: Array(looks.values),
            flag: flag,
            string: string,
            colorString: { name, color in name.withCString { dl_tiparm1($0, Int32(color)) }.map { String(cString: $0) } })
        guard let codes else { return nil }
        let hasColumnAddress = string("hpa") != nil
        let moves = CursorMoves(
            cursorAddress: { y, x in "cup".withCString { dl_tiparm2($0, Int32(y), Int32(x)) }.map { String(cString: $0) } ?? "" },
            columnAddress: hasColumnAddress ? { x in "hpa".withCString { dl_tiparm1($0, Int32(x)) }.map { String(cString: $0) } ?? "" } : nil,
            carriageReturn: string("cr"),
            clearToEndOfLine: string("el"))
        return CellWriter(encoder: RunEncoder(looks: looks, codes: codes, moves: moves,
                                              autoMargin: flag("am"), eatNewlineGlitch: flag("xenl")))
    }

    private static func flag(_ name: String) -> Bool { name.withCString { dl_tigetflag($0) != 0 } }
    private static func string(_ name: String) -> String? { name.withCString { dl_tigetstr($0) }.map { String(cString: $0) } }

    /// Writes `changes` of `frame` and leaves the cursor at the frame's cursor when it has one.
    /// False (nothing written) when the encoder declines these cells.
    func write(_ changes: [FrameChange], of frame: Frame) -> Bool {
        let cursor = frame.cursor.map { ScreenPosition(y: $0.y, x: $0.x) }
        guard let (bytes, _) = encoder.encode(changes, of: frame, cursor: cursor) else { return false }
        dl_hold_suspend(1)
        defer { dl_hold_suspend(0) }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { dl_write_stdout($0.baseAddress, $0.count) }
        }
        dl_flush_stdout()
        return true
    }
}
