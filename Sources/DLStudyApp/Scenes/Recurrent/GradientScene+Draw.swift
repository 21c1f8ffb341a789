import Foundation
import TUIKit

extension GradientScene {
    public func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard !area.isEmpty else { return }
        let f = { (s: String) in VectorText.fold(s, ascii: context.ascii) }
        let half = (area.width - 2) / 2
        let left = Rect(x: area.x, y: area.y, width: half, height: area.height)
        let right = Rect(x: area.x + half + 2, y: area.y, width: area.width - half - 2, height: area.height)
        let band = scale < 0.95 ? context.tr("below 1", "1보다 작음") : (scale > 1.05 ? context.tr("above 1", "1보다 큼") : context.tr("near 1", "1 근처"))
        frame.put(f("RNN  W_hh = \(String(format: "%.1f", scale))×" + context.tr("rotation", "회전") + " (\(band))"),
                  x: left.x, y: left.y, role: .strong, clip: left)
        let fNow = forgetMeans.last ?? 0
        frame.put(f("LSTM  " + "forget gate" + " f ≈ \(String(format: "%.2f", fNow))"),
                  x: right.x, y: right.y, role: .strong, clip: right)
        frame.put(f("‖∂h_T/∂h_t‖ · " + context.tr("log scale, | = 1", "로그 눈금, | = 1")), x: left.x, y: left.y + 1, role: .dim, clip: left)
        frame.put(f("‖∂h_T/∂C_t‖ " + context.tr("along the cell state", "cell state 경로")), x: right.x, y: right.y + 1, role: .dim, clip: right)
        let rowsAvailable = max(1, area.height - 3)
        let ts = Self.shownSteps(steps, rows: rowsAvailable)
        for (row, t) in ts.enumerated() {
            let y = area.y + 2 + row
            drawRow(t: t, norms: rnnNorms, into: &frame, rect: left, y: y, context: context)
            drawRow(t: t, norms: lstmNorms, into: &frame, rect: right, y: y, context: context)
        }
        let y = area.y + 2 + ts.count
        frame.put(f("t=\(steps)→1: " + Self.verdict(rnnNorms, context: context)),
                  x: left.x, y: y, role: .accent, clip: left)
        frame.put(f("t=\(steps)→1: " + Self.verdict(lstmNorms, context: context)),
                  x: right.x, y: y, role: .accent, clip: right)
    }

    /// Which t to show in `rows` rows: all of T…1 when they fit, else evenly spaced, always T and 1.
    static func shownSteps(_ T: Int, rows: Int) -> [Int] {
        guard T > rows, rows >= 2 else { return Array(stride(from: T, through: max(1, T - rows + 1), by: -1)) }
        return (0..<rows).map { i in T - Int((Double(i) * Double(T - 1) / Double(rows - 1)).rounded()) }
    }

    func drawRow(t: Int, norms: [Double], into frame: inout Frame, rect: Rect, y: Int, context: SceneContext) {
        guard t < norms.count else { return }
        let v = norms[t]
        let label = DisplayWidth.pad("t=\(t)", to: 5) + DisplayWidth.padLeft(Self.format(v), to: 8) + " "
        let x = frame.put(label, x: rect.x, y: y, role: .normal, clip: rect)
        let barWidth = max(4, rect.maxX - x)
        // log10 from −4 to +4 across the bar; 1 sits in the middle.
        let fraction = v > 0 ? (log10(v) + 4) / 8 : 0
        let heat: StyleRole = v < 0.01 ? .heat1 : (v > 100 ? .heat4 : .heat3)
        frame.put(VectorText.hbar(fraction, width: barWidth, ascii: context.ascii), x: x, y: y, role: heat, clip: rect)
        let one = x + barWidth / 2
        if one < rect.maxX, let cell = frame.cell(x: one, y: y), cell.text == " " {
            frame.put(context.ascii ? "|" : "┊", x: one, y: y, role: .dim, clip: rect)
        }
    }
}
