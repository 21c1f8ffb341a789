import DLContent
import TUIKit

/// The screen shown when the terminal is below the minimum size: current and needed size, and how
/// to recover. Draws something sensible down to 1×1.
enum TooSmallView {
    static func draw(state: AppState, into frame: inout Frame) {
        let size = state.size
        let need = state.options.minimumSize
        let lines = [state.tr(UIText.tooSmallTitle)]
            + Wrap.lines(state.tr(UIText.tooSmall(current: (size.width, size.height), needed: (need.width, need.height))),
                         width: max(1, size.width - 2))
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            frame.put(line, x: x, y: top + i, role: i == 0 ? .warning : .normal)
        }
    }
}
