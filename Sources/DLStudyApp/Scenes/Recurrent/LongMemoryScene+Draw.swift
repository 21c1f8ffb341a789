import DLEngine
import Foundation
import TUIKit

extension LongMemoryScene {
    /// The marker and colour of each cell on the plot (letters, so it reads without colour too).
    static let markers = ["R", "L", "G"]
    static let roles: [StyleRole] = [.heat1, .heat3, .accent]
    /// Rows of the accuracy plot when the area has room (50 % to 100 % in steps of about 5 %).
    static let preferredPlotRows = 10

    public func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard !area.isEmpty else { return }
        let f = { (s: String) in VectorText.fold(s, ascii: context.ascii) }
        frame.put(f(header(context)), x: area.x, y: area.y, role: .strong, clip: area)
        guard !trainers.isEmpty else { return }
        if let failure {
            frame.put(f(failure), x: area.x, y: area.y + 1, role: .error, clip: area)
            return
        }
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        if stepMode {
            drawStep(into: &frame, area: body, context: context)
            return
        }
        // The plot takes at most its preferred 10 rows, so the prose above gets every other row.
        let plotHeight = max(3, min(Self.preferredPlotRows, body.height - 5))
        drawCurves(into: &frame, area: Rect(x: body.x, y: body.y, width: body.width, height: plotHeight), context: context)
        var y = body.y + plotHeight
        frame.put(f(context.tr("‖∂L/∂h_t‖ for t = 1 … \(length), log scale (falls toward t = 1: vanishing)",
                               "t = 1 … \(length)의 ‖∂L/∂h_t‖, 로그 눈금 (t = 1 쪽으로 작아지면 소실)")),
                  x: body.x, y: y, role: .dim, clip: body)
        y += 1
        for (k, cell) in Self.cells.enumerated() where k < profiles.count {
            let label = DisplayWidth.pad(Self.name(cell), to: 5)
            var x = frame.put(label, x: body.x, y: y, role: Self.roles[k], clip: body)
            let ratio = profiles[k].last.map { $0 > 0 ? (profiles[k].first ?? 0) / $0 : 0 } ?? 0
            let tail = f("  h₁/h_T ×" + Self.short(ratio))
            let width = max(4, body.maxX - x - DisplayWidth.of(tail))
            x = frame.put(Self.sparkline(profiles[k], width: width, ascii: context.ascii), x: x, y: y, role: Self.roles[k], clip: body)
            frame.put(tail, x: x, y: y, role: .normal, clip: body)
            y += 1
        }
        if !forgetGates.isEmpty {
            let text = context.tr("LSTM forget gate f_t (unit the read-out uses most): ", "LSTM forget gate f_t (read-out이 가장 많이 보는 unit): ")
            var x = frame.put(f(text), x: body.x, y: y, role: .dim, clip: body)
            let tail = f("  f₁ \(NumberFormat.decimal(forgetGates.first ?? 0, digits: 2)) … f_T \(NumberFormat.decimal(forgetGates.last ?? 0, digits: 2))")
            let width = max(4, body.maxX - x - DisplayWidth.of(tail))
            x = frame.put(Self.sparkline(forgetGates, width: width, ascii: context.ascii, logScale: false), x: x, y: y, role: .heat3, clip: body)
            frame.put(tail, x: x, y: y, role: .normal, clip: body)
        }
    }

    func header(_ context: SceneContext) -> String {
        // (Only on the frames before the first run is ready, when the app builds it in slices.)
        guard !trainers.isEmpty else { return "T = \(length) ◂▸  " + context.tr("preparing the three cells…", "세 가지 셀을 준비하고 있어요…") }
        let epochs = trainers.first?.config.epochs ?? 0
        let done = trainers.map(\.epochsDone).min() ?? 0
        let state = isFinished ? context.tr("done", "끝") : (paused ? context.tr("paused", "멈춤") : context.tr("training", "학습 중"))
        let counts = zip(Self.cells, parameterCounts).map { "\(Self.name($0)) \($1.layer)" }.joined(separator: " · ")
        return "T = \(length) ◂▸  " + context.tr("epoch", "에폭") + " \(done)/\(epochs) \(state)   "
            + context.tr("parameters ", "파라미터 ") + counts + context.tr(" (GRU = 3/4 LSTM)", " (GRU = LSTM의 3/4)")
    }

    /// The three test-accuracy curves, 50 % (chance) at the bottom, 100 % at the top, one column per epoch.
    func drawCurves(into frame: inout Frame, area: Rect, context: SceneContext) {
        let legendWidth = 13
        let plot = Rect(x: area.x + 5, y: area.y, width: max(4, area.width - 5 - legendWidth - 1), height: area.height)
        frame.put("100%", x: area.x, y: plot.y, role: .dim, clip: area)
        frame.put(" 50%", x: area.x, y: plot.maxY - 1, role: .dim, clip: area)
        let axis = context.ascii ? "|" : "│"
        for y in plot.y..<plot.maxY { frame.put(axis, x: plot.x - 1, y: y, role: .dim, clip: area) }
        let epochs = max(1, trainers.first?.config.epochs ?? 1)
        for k in Self.cells.indices.reversed() where k < curves.count {
            for (e, acc) in curves[k].enumerated() {
                let x = plot.x + Int((Double(e) / Double(epochs) * Double(plot.width - 1)).rounded())
                let level = min(1, max(0, (acc - 0.5) / 0.5))
                let y = plot.maxY - 1 - Int((level * Double(plot.height - 1)).rounded())
                frame.put(Self.markers[k], x: x, y: y, role: Self.roles[k], clip: plot)
            }
        }
        for (k, cell) in Self.cells.enumerated() where k < curves.count && k < plot.height {
            let acc = curves[k].last ?? 0
            let text = "\(Self.markers[k]) " + DisplayWidth.pad(Self.name(cell), to: 5) + NumberFormat.decimal(100 * acc, digits: 1) + "%"
            frame.put(text, x: plot.maxX + 1, y: plot.y + k, role: Self.roles[k], clip: area)
        }
    }

    /// One BPTT step of the RNN: ∂L/∂h_{t−1} = W_hhᵀ (tanh′(a_t) ⊙ ∂L/∂h_t), with the engine's numbers.
    func drawStep(into frame: inout Frame, area: Rect, context: SceneContext) {
        let f = { (s: String) in VectorText.fold(s, ascii: context.ascii) }
        for (i, line) in stepLines(context).enumerated() where i < area.height {
            frame.put(f(line), x: area.x, y: area.y + i, role: i == 0 ? .dim : .normal, clip: area)
        }
    }

    func stepLines(_ context: SceneContext) -> [String] {
        guard let rnn = trainers.first else { return [] }
        let step: LongMemoryAnalysis.RNNStep?
        do { step = try LongMemoryAnalysis.rnnStep(rnn, t: stepT) } catch { return [error.message] }
        guard let s = step else { return [] }
        let t = s.t, tm = "\(t - 1)"
        return [
            context.tr("RNN after epoch \(rnn.epochsDone), first test sequence: one step of backpropagation through time",
                       "epoch \(rnn.epochsDone) 뒤의 RNN, 첫 테스트 수열: 시간 역전파 한 스텝"),
            "∂L/∂h_\(t)         = " + VectorText.vector(s.dh, digits: 3),
            "tanh′ = 1 − h_\(t)² = " + VectorText.vector(s.tanhPrime, digits: 3),
            "∂L/∂h_\(tm) = W_hhᵀ (tanh′ ⊙ ∂L/∂h_\(t))",
            "                = " + VectorText.vector(s.dhPrev, digits: 3),
            context.tr("‖∂L/∂h_\(tm)‖ / ‖∂L/∂h_\(t)‖ = \(Self.short(s.ratio)): each step back multiplies by one such factor",
                       "‖∂L/∂h_\(tm)‖ / ‖∂L/∂h_\(t)‖ = \(Self.short(s.ratio)): 한 스텝 거슬러 갈 때마다 이런 인수가 곱해져요"),
            context.tr("all \(length - 1) steps: ‖∂L/∂h_1‖ / ‖∂L/∂h_\(length)‖ = \(Self.short(s.wholeRatio))",
                       "\(length - 1) 스텝 전부: ‖∂L/∂h_1‖ / ‖∂L/∂h_\(length)‖ = \(Self.short(s.wholeRatio))"),
        ]
    }

    /// Three significant digits, with an exponent for very small or large values (`0.437`, `2.1e-9`).
    static func short(_ v: Double) -> String {
        guard v.isFinite else { return "inf" }
        if v != 0, abs(v) < 0.001 || abs(v) >= 10_000 { return String(format: "%.1e", v) }
        return String(format: "%.3g", v)
    }

    /// One cell per value (resampled to `width`): eighth blocks, on a log scale spanning 6 decades
    /// below the largest value, or linear in [0, 1] (gate values).
    static func sparkline(_ values: [Double], width: Int, ascii: Bool, logScale: Bool = true) -> String {
        guard !values.isEmpty, width > 0 else { return "" }
        let n = min(width, values.count)
        let top = values.max() ?? 0
        return (0..<n).map { i in
            let v = values[i * values.count / n]
            if logScale {
                guard v > 0, top > 0 else { return VectorText.bar(0, ascii: ascii) }
                return VectorText.bar(log10(v / top) + 6, lo: 0, hi: 6, ascii: ascii)
            }
            return VectorText.bar(v, ascii: ascii)
        }.joined()
    }
}
