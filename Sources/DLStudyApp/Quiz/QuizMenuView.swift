import DLContent
import TUIKit

/// Draws the quiz menu: the rows of the current page with their live counts (and recall bars on
/// the concept page), a sentence about the selected row, and the key footer.
enum QuizMenuView {
    /// Lines under the list for the selected row's explanation.
    static let explanationHeight = 3

    /// Rows available for the list at this terminal size.
    static func listHeight(_ size: Size) -> Int { max(1, size.height - 4 - explanationHeight) }

    static func draw(_ menu: QuizMenuState, state: AppState, into frame: inout Frame) {
        let size = state.size
        let page = state.tr(QuizMenuRows.title(menu.page))
        let title = menu.page == .main ? page : state.tr(UIText.quiz) + " · " + page
        Chrome.titleBar(title, state: state, into: &frame)
        let rows = QuizMenuRows.rows(menu.page, state: state)
        let list = Rect(x: 1, y: 2, width: size.width - 2, height: listHeight(size))
        let detailWidth = min(list.width / 2, rows.map { DisplayWidth.of($0.detail) }.max() ?? 0)
        let barWidth = rows.contains { $0.bar != nil } ? 12 : 0
        let widest = rows.map { DisplayWidth.of($0.label) }.max() ?? 0
        let labelWidth = min(widest, list.width - 4 - detailWidth - barWidth - 4)
        for (line, index) in rows.indices.dropFirst(menu.scroll).prefix(list.height).enumerated() {
            let row = rows[index]
            let y = list.y + line
            let available: Bool = { if case .unavailable = row.action { return false }; return true }()
            frame.put(DisplayWidth.truncate(row.label, to: labelWidth), x: list.x + 2, y: y,
                      role: available ? (row.isSetting ? .accent : .normal) : .dim, clip: list)
            if let bar = row.bar {
                drawBar(bar, x: list.x + 2 + labelWidth + 2, y: y, state: state, into: &frame)
            }
            // Counts and notes form a column after the labels (and bars).
            let detail = DisplayWidth.truncate(row.detail, to: detailWidth)
            frame.put(detail, x: list.x + 2 + labelWidth + 4 + barWidth, y: y, role: row.isSetting ? .key : .dim, clip: list)
            if index == menu.selected {
                frame.restyle(Rect(x: list.x, y: y, width: list.width, height: 1), role: .selected)
            }
        }
        if menu.scroll > 0 { frame.put(state.options.ascii ? "^" : "▲", x: list.maxX - 1, y: list.y, role: .dim) }
        if menu.scroll + list.height < rows.count {
            frame.put(state.options.ascii ? "v" : "▼", x: list.maxX - 1, y: list.maxY - 1, role: .dim)
        }
        if rows.indices.contains(menu.selected), let text = QuizMenuRows.explanation(rows[menu.selected], state: state) {
            let area = Rect(x: 2, y: size.height - 1 - explanationHeight, width: size.width - 4, height: explanationHeight)
            for (n, line) in Wrap.lines(state.tr(text), width: area.width).prefix(area.height).enumerated() {
                frame.put(line, x: area.x, y: area.y + n, role: .dim, clip: area)
            }
        }
        Chrome.footer(QuizMenuKeys.footer(state), state: state, into: &frame)
    }

    /// A ten-cell recall bar, or the dotted "unseen" marker when `value` is nil.
    static func drawBar(_ value: Double?, x: Int, y: Int, state: AppState, into frame: inout Frame) {
        let ascii = state.options.ascii
        guard let value else {
            frame.put(String(repeating: ascii ? "-" : "·", count: 10), x: x, y: y, role: .dim)
            return
        }
        let filled = Int((value * 10).rounded())
        let role: StyleRole = value < 0.5 ? .error : value < 0.8 ? .warning : .success
        frame.put(String(repeating: ascii ? "#" : "█", count: filled), x: x, y: y, role: role)
        frame.put(String(repeating: ascii ? "." : "░", count: 10 - filled), x: x + filled, y: y, role: .dim)
    }
}
