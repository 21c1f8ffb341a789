import DLContent
import DLEngine
import TUIKit

extension UnrolledRNNScene {
    public func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard !area.isEmpty, let run, !run.steps.isEmpty else { return }
        let f = { (s: String) in VectorText.fold(s, ascii: context.ascii) }
        let t = min(computed, run.steps.count)
        frame.put(f(context.tr("RNN rolled = unrolled   step \(t)/\(run.steps.count)", "접은 RNN = 펼친 RNN   스텝 \(t)/\(run.steps.count)")),
                  x: area.x, y: area.y, role: .strong, clip: area)
        for (r, row) in Self.rolled.enumerated() {
            frame.put(context.ascii ? CellDiagram.fold(row) : row, x: area.x, y: area.y + 1 + r, role: .border, clip: area)
        }
        frame.put("=", x: area.x + 12, y: area.y + 4, role: .strong, clip: area)
        // Unrolled copies: as many as fit, ending at the current step.
        let x0 = area.x + 14, cw = 15
        let fit = max(1, (area.maxX - x0 - 4) / cw)
        let first = max(1, min(t - fit + 1, run.steps.count - fit + 1))
        let shown = Array(first...min(run.steps.count, first + fit - 1))
        let y = area.y + 1
        frame.put(f("h\(VectorText.sub(first - 1))──▶"), x: x0, y: y + 3, role: .accent, clip: area)
        for (k, s) in shown.enumerated() {
            let bx = x0 + 5 + k * cw
            let done = s <= t
            let role: StyleRole = s == t ? .highlight : (done ? .border : .dim)
            let step = run.steps[s - 1]
            frame.put(done ? VectorText.vector(step.h) : "h\(VectorText.sub(s)) = …", x: bx - 3, y: y, role: done ? .output : .dim, clip: area)
            frame.put(f("   ▲"), x: bx, y: y + 1, role: role, clip: area)
            frame.put(f("┌──┴───┐"), x: bx, y: y + 2, role: role, clip: area)
            frame.put(f("│ tanh │"), x: bx, y: y + 3, role: role, clip: area)
            frame.put(f("└──▲───┘"), x: bx, y: y + 4, role: role, clip: area)
            frame.put(f("x\(VectorText.sub(s))=" + step.input.map { NumberFormat.text($0, ascii: true) }.joined(separator: " ")), x: bx + 1, y: y + 5, role: .normal, clip: area)
            guard s < run.steps.count else { continue }
            frame.put(f("W_hh"), x: bx + 9, y: y + 2, role: .dim, clip: area)
            frame.put(f("──────▶"), x: bx + 8, y: y + 3, role: done ? .accent : .dim, clip: area)
        }
        let step = run.steps[t - 1]
        let pre = step.gate("h")?.preActivation ?? []
        let formula = "h\(VectorText.sub(t)) = tanh(W_hh·h\(VectorText.sub(t - 1)) + W_xh·x\(VectorText.sub(t)) + b)"
        frame.put(f(formula), x: x0, y: y + 6, role: .highlight, clip: area)
        frame.put(f("   = tanh(\(VectorText.vector(pre))) = \(VectorText.vector(step.h))"), x: x0, y: y + 7, role: .output, clip: area)
        frame.put(f(weightsLine(context)), x: area.x, y: y + 8, role: .normal, clip: area)
        frame.put(f(context.tr("Same W_hh, W_xh, b at every step: a \(run.steps.count)-layer network sharing one set of weights.",
                               "모든 스텝이 같은 W_hh, W_xh, b를 써요: weight를 공유하는 \(run.steps.count)층 네트워크.")),
                  x: area.x, y: y + 9, role: .dim, clip: area)
    }
}
