import DLContent
import TUIKit

/// The parts every screen shares: the title bar with the language, and the footer with keys or a
/// status message.
enum Chrome {
    static func titleBar(_ title: String, right: String? = nil, state: AppState, into frame: inout Frame) {
        let width = state.size.width
        let title = state.options.ascii ? ASCIIFold.text(title) : title
        frame.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .title)
        let lang = state.language == .en ? "EN" : "KO"
        let rightText = (right.map { "\($0)  " } ?? "") + "[\(lang)]"
        let rightWidth = DisplayWidth.of(rightText)
        frame.put(DisplayWidth.truncate(title, to: max(0, width - rightWidth - 3)), x: 1, y: 0, role: .title)
        frame.put(rightText, x: max(0, width - rightWidth - 1), y: 0, role: .title)
        frame.hline(x: 0, y: 1, width: width, glyphs: state.options.ascii ? .ascii : .unicode)
        if state.options.ascii { frame.foldToASCII(Rect(x: 0, y: 0, width: width, height: 2)) }
    }

    static func footer(_ hints: [KeyHint], state: AppState, into frame: inout Frame) {
        let y = state.size.height - 1
        if let status = state.status {
            frame.put(DisplayWidth.truncate(status, to: state.size.width - 2), x: 1, y: y, role: .warning)
        } else {
            frame.footer(hints, y: y)
        }
        if state.options.ascii { frame.foldToASCII(Rect(x: 0, y: y, width: state.size.width, height: 1)) }
    }
}
