import CNcursesw
import CTerminalGuard
import Foundation
import TUIKit
#if canImport(Glibc)
import Glibc
#endif

/// Why the terminal could not be started.
public struct TerminalError: Error, CustomStringConvertible {
    public var description: String
}

/// The ncurses backend, the only code that touches ncurses: starts and restores the terminal,
/// draws frames (only the cells that changed), and turns key presses, resizes and quit signals
/// into input events.
public final class TerminalScreen {
    public private(set) var size: Size
    public let tier: ColorTier
    private var previous: Frame?
    private var styles: [StyleRole: (attrs: attr_t, pair: Int16)] = [:]
    private var screen: OpaquePointer?
    private var running = true
    private var cursorVisible = false
    /// How each role looks once mapped (what `writer` draws); filled with `styles`.
    private var looks: [StyleRole: CellLook] = [:]
    /// Draws the frames after the first one itself, or nil when ncurses draws every frame.
    private var writer: CellWriter?
    /// The writer's text moved the cursor since ncurses last positioned it.
    private var cursorUnknownToCurses = false

    /// Starts curses on the controlling terminal. Call `stop()` on every way out.
    public init(noColor: Bool, environment: [String: String]) throws {
        TerminalScreen.setUTF8Locale()
        dl_save_termios()
        guard let scr = dl_newterm() else {
            throw TerminalError(description: "cannot start the terminal (TERM=\(environment["TERM"] ?? "unset")); try --plain")
        }
        screen = scr
        set_term(scr)
        var restore = ""
        for cap in ["sgr0", "cnorm", "rmcup"] {
            if let s = cap.withCString({ dl_tigetstr($0) }) { restore += String(cString: s) }
        }
        dl_set_restore_sequence(restore)
        dl_install_signal_handlers()
        cbreak()
        noecho()
        nonl()
        keypad(dl_stdscr(), true)
        set_escdelay(25)
        // Ctrl-S must not freeze the app: flow control off, and curses keeps these modes as its own
        // (a resize or suspend puts them back as they are now).
        _ = dl_disable_flow_control()
        def_prog_mode()
        curs_set(0)
        let colors = has_colors()
        if colors { start_color(); use_default_colors() }
        tier = ColorTier.choose(noColorFlag: noColor, environment: environment, hasColors: colors, colors: Int(dl_colors()))
        size = Size(width: Int(dl_cols()), height: Int(dl_lines()))
        setUpStyles()
        writer = CellWriter.forCurrentTerminal(looks: looks)
    }

    /// Sets the locale from the environment, falling back to C.UTF-8 when the codeset is not UTF-8
    /// (CI runs with LANG unset and Korean would turn to garbage).
    static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        if dl_codeset_is_utf8() == 0 {
            if setlocale(LC_ALL, "C.UTF-8") == nil { setlocale(LC_ALL, "en_US.UTF-8") }
        }
    }

    private func setUpStyles() {
        var pair: Int16 = 1
        var pairsByColors: [String: Int16] = [:]
        for role in StyleRole.allCases {
            let style = RoleStyle.of(role, tier: tier)
            var attrs = dl_a_normal()
            for a in style.attrs {
                switch a {
                case .bold: attrs |= dl_a_bold()
                case .dim: attrs |= dl_a_dim()
                case .reverse: attrs |= dl_a_reverse()
                case .underline: attrs |= dl_a_underline()
                }
            }
            var p: Int16 = 0
            let maxColor = Int16(max(0, Int(dl_colors()) - 1))
            if tier != .attributesOnly, style.fg >= 0 || style.bg >= 0, style.fg <= maxColor, style.bg <= maxColor,
               Int32(pair) < dl_color_pairs() {
                let key = "\(style.fg),\(style.bg)"
                if let existing = pairsByColors[key] {
                    p = existing
                } else {
                    init_pair(pair, style.fg, style.bg)
                    pairsByColors[key] = pair
                    p = pair
                    pair += 1
                }
            }
            styles[role] = (attrs, p)
            looks[role] = CellLook(style, colored: p != 0)
        }
    }

    /// Draws `frame`, writing only the runs of cells that changed since the last draw. ncurses
    /// draws the first frame and every repaint; later frames go through `writer` when there is one.
    public func draw(_ frame: Frame) {
        guard running else { return }
        if frame.size != size { previous = nil }
        let repaint = previous == nil
        if repaint { werase(dl_stdscr()) }
        let changes = FrameDiff.changes(from: previous, to: frame)
        let sameCursor = previous.map { $0.cursor?.x == frame.cursor?.x && $0.cursor?.y == frame.cursor?.y } ?? false
        if !repaint, changes.isEmpty, sameCursor { return }
        putInCurses(changes)
        if let cursor = frame.cursor { wmove(dl_stdscr(), Int32(cursor.y), Int32(cursor.x)) }
        var written = false
        if !repaint, let writer {
            // curses' virtual screen gets the frame (the wgetch refresh then finds nothing to do),
            // the writer shows it, and curses' record of the physical screen is made equal to it.
            wnoutrefresh(dl_stdscr())
            written = writer.write(changes, of: frame)
            if written {
                _ = dl_sync_current_screen()
                cursorUnknownToCurses = true
            }
        }
        if !written {
            if cursorUnknownToCurses {
                // The writer's text moved the cursor without curses knowing: put it somewhere known.
                mvcur(-1, -1, 0, 0)
                dl_flush_stdout()
                cursorUnknownToCurses = false
            }
            wrefresh(dl_stdscr())
        }
        if frame.cursor != nil {
            if !cursorVisible { curs_set(1); cursorVisible = true }
        } else if cursorVisible {
            curs_set(0); cursorVisible = false
        }
        previous = frame
    }

    /// Writes the changed runs into curses' standard screen (one attribute change per run of a role).
    private func putInCurses(_ changes: [FrameChange]) {
        for change in changes {
            var x = change.x
            var run: [wchar_t] = []
            var runRole: StyleRole? = nil
            var runX = x
            func flush() {
                guard let role = runRole, !run.isEmpty else { return }
                let style = styles[role] ?? (dl_a_normal(), 0)
                _ = dl_attr_set(style.attrs, style.pair)
                _ = run.withUnsafeBufferPointer { dl_mvaddnwstr(Int32(change.y), Int32(runX), $0.baseAddress, Int32(run.count)) }
                run.removeAll(keepingCapacity: true)
            }
            for cell in change.cells {
                defer { x += 1 }
                if cell.isContinuation { continue }
                if runRole != cell.role { flush(); runRole = cell.role; runX = x }
                for scalar in cell.text.unicodeScalars { run.append(wchar_t(bitPattern: scalar.value)) }
            }
            flush()
        }
        _ = dl_attr_set(dl_a_normal(), 0)
    }

    /// Waits up to `timeoutMilliseconds` for input; nil when nothing happened in that time.
    public func nextEvent(timeoutMilliseconds: Int32) -> InputEvent? {
        let sig = dl_quit_signal_received()
        if sig != 0 { return .quit(signal: sig) }
        wtimeout(dl_stdscr(), timeoutMilliseconds)
        var ch: wint_t = 0
        let rc = dl_get_wch(&ch)
        let sigAfter = dl_quit_signal_received()
        if sigAfter != 0 { return .quit(signal: sigAfter) }
        if rc == dl_err() { return nil }
        if rc == dl_key_code_yes(), Int32(bitPattern: ch) == dl_key_resize() {
            size = Size(width: Int(dl_cols()), height: Int(dl_lines()))
            previous = nil
            return .resize(size)
        }
        guard let key = KeyDecoder.decode(ch, isKeyCode: rc == dl_key_code_yes()) else { return nil }
        if key == .escape { return readUnknownSequence() }
        return .key(key)
    }

    /// Curses returned Esc: when more bytes are already waiting, it was a sequence curses does not
    /// know; read it whole and return its key, or nothing. A lone Esc stays Esc.
    private func readUnknownSequence() -> InputEvent? {
        var body: [Unicode.Scalar] = []
        // The rest of a sequence arrives with the Esc; a few milliseconds cover a slow SSH link
        // once the sequence has started.
        wtimeout(dl_stdscr(), 0)
        defer { wtimeout(dl_stdscr(), 100) }
        while !EscapeSequence.isComplete(body) {
            var next: wint_t = 0
            let rc = dl_get_wch(&next)
            if rc == dl_err() {
                if body.isEmpty { return .key(.escape) }
                wtimeout(dl_stdscr(), 30)
                let again = dl_get_wch(&next)
                if again == dl_err() { return nil }
                guard again != dl_key_code_yes(), let scalar = Unicode.Scalar(UInt32(next)) else { return nil }
                body.append(scalar)
                continue
            }
            guard rc != dl_key_code_yes(), let scalar = Unicode.Scalar(UInt32(next)) else { return nil }
            if body.isEmpty, scalar == "\u{1B}" { return .key(.escape) }
            body.append(scalar)
        }
        return EscapeSequence.key(body).map { .key($0) }
    }

    /// Restores the terminal exactly as it was found. Safe to call more than once.
    public func stop() {
        guard running else { return }
        running = false
        curs_set(1)
        endwin()
        dl_restore_termios()
        dl_restore_signal_handlers()
        if let screen { delscreen(screen) }
        screen = nil
        dl_flush_stdout()
    }

    deinit { stop() }
}
