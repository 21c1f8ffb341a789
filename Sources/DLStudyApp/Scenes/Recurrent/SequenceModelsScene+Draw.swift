import DLContent
import DLEngine
import TUIKit

extension SequenceModelsScene {
    public func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard !area.isEmpty else { return }
        let f = { (s: String) in VectorText.fold(s, ascii: context.ascii) }
        let labelWidth = 18, cell = 4
        let cellsX = area.x + labelWidth
        frame.put(f(context.tr("Predicting x\(VectorText.sub(t)): what does each model read?", "x\(VectorText.sub(t)) 예측: 각 모델은 무엇을 읽을까?")),
                  x: area.x, y: area.y, role: .strong, clip: area)
        frame.put("t", x: cellsX - 2, y: area.y + 1, role: .dim, clip: area)
        frame.put("x", x: cellsX - 2, y: area.y + 2, role: .dim, clip: area)
        for (i, v) in sequence.enumerated() {
            let s = i + 1
            frame.put(DisplayWidth.padLeft("\(s)", to: cell - 1), x: cellsX + i * cell, y: area.y + 1, role: .dim, clip: area)
            let text = s == t ? "?" : NumberFormat.text(v, ascii: true)
            frame.put(DisplayWidth.padLeft(text, to: cell - 1), x: cellsX + i * cell, y: area.y + 2,
                      role: s == t ? .highlight : (s > t ? .dim : .normal), clip: area)
        }
        let formulaX = cellsX + sequence.count * cell + 1
        for (row, m) in Model.allCases.enumerated() {
            let y = area.y + 3 + row
            let selected = m == model
            frame.put((selected ? (context.ascii ? "> " : "▶ ") : "  ") + DisplayWidth.truncate(name(m, context), to: labelWidth - 3),
                      x: area.x, y: y, role: selected ? .selected : .normal, clip: area)
            let reads = Set(conditioned(m))
            for i in 0..<sequence.count {
                let s = i + 1
                let mark: String
                let role: StyleRole
                if reads.contains(s) { mark = context.ascii ? "#" : "■"; role = .accent }
                else if s == t { mark = "?"; role = .highlight }
                else if s < t { mark = "·"; role = .dim }
                else { mark = " "; role = .dim }
                frame.put(DisplayWidth.padLeft(f(mark), to: cell - 1), x: cellsX + i * cell, y: y, role: role, clip: area)
            }
            if m == .latent {
                frame.put(context.ascii ? "+h" : "+h", x: cellsX + (t - 2) * cell + cell - 1, y: y, role: .accent, clip: area)
            }
            frame.put(f(formula(m)), x: formulaX, y: y, role: selected ? .highlight : .normal, clip: area)
        }
        var y = area.y + 8
        frame.put(f(explanation(model, context)), x: area.x, y: y, role: .normal, clip: area)
        y += 1
        if hidden.count > t - 1 {
            let h = NumberFormat.fixed(hidden[t - 1], digits: 3)
            frame.put(f(context.tr("h\(VectorText.sub(t)) = \(h): an RNN's summary of x₁…x\(VectorText.sub(t - 1)) (engine, 1 unit)",
                                   "h\(VectorText.sub(t)) = \(h): x₁…x\(VectorText.sub(t - 1))을 요약한 RNN 상태 (엔진, 1 unit)")),
                      x: area.x, y: y, role: model == .latent ? .output : .dim, clip: area)
        }
    }
}
