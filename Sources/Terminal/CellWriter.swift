import CNcursesw
import TUIKit

/// Writes the changed cells of a frame to the terminal directly (one combined SGR sequence per
/// change of look, cursor moves through ncurses' `mvcur`), so a small step costs few bytes.
/// ncurses still owns the terminal: `TerminalScreen` keeps its virtual and current screens equal
/// to what is shown, the terminal is left with attributes reset, and every frame ncurses draws
/// itself (first frame, resize, resume, the cases `RunEncoder` declines) starts from a known cursor.
struct CellWriter {
    let looks: [StyleRole: CellLook]
    let codes: SGRCodes
    let autoMargin: Bool
    let eatNewlineGlitch: Bool

    /// A writer for the terminal ncurses was started on, or nil when its terminfo entry is not
    /// plain ECMA-48 for the looks in use or the locale is not UTF-8 (then ncurses draws everything).
    static func forCurrentTerminal(looks: [StyleRole: CellLook]) -> CellWriter? {
        guard dl_codeset_is_utf8() != 0 else { return nil }
        let codes = SGRCodes.learn(
            looks: Array(looks.values),
            flag: { name in name.withCString { dl_tigetflag($0) != 0 } },
            string: { name in name.withCString { dl_tigetstr($0) }.map { String(cString: $0) } },
            colorString: { name, color in name.withCString { dl_tiparm1($0, Int32(color)) }.map { String(cString: $0) } })
        guard let codes else { return nil }
        return CellWriter(looks: looks, codes: codes,
                          autoMargin: "am".withCString { dl_tigetflag($0) != 0 },
                          eatNewlineGlitch: "xenl".withCString { dl_tigetflag($0) != 0 })
    }

    /// Writes `changes` and leaves the cursor at `cursor` when given. False (nothing written) when
    /// the encoder declines these cells.
    func write(_ changes: [FrameChange], size: Size, cursor: ScreenPosition?) -> Bool {
        let encoder = RunEncoder(looks: looks, codes: codes, size: size, autoMargin: autoMargin, eatNewlineGlitch: eatNewlineGlitch)
        guard let (writes, end) = encoder.encode(changes) else { return false }
        for write in writes {
            switch write {
            case .bytes(let bytes):
                bytes.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { dl_write_stdout($0.baseAddress, $0.count) }
                }
            case .move(let from, let to):
                mvcur(Int32(from?.y ?? -1), Int32(from?.x ?? -1), Int32(to.y), Int32(to.x))
            }
        }
        if let cursor, cursor != end {
            mvcur(Int32(end?.y ?? -1), Int32(end?.x ?? -1), Int32(cursor.y), Int32(cursor.x))
        }
        dl_flush_stdout()
        return true
    }
}
