import DLContent
import DLEngine
import TUIKit

extension GateFlowScene {
    public func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard !area.isEmpty else { return }
        let f = { (s: String) in VectorText.fold(s, ascii: context.ascii) }
        var y = area.y
        guard let run, !run.steps.isEmpty else {
            frame.put(f(context.tr("Cannot run these numbers: ", "이 숫자로는 실행할 수 없어요: ") + (problem ?? context.tr("empty input", "입력이 비었어요"))),
                      x: area.x, y: y, role: .error, clip: area)
            drawFooterLines(into: &frame, area: area, y: y + 2, context: context)
            return
        }
        let (t, stageIndex) = current
        let step = run.steps[t - 1]
        let stage = stages[stageIndex]
        let header = "\(kind.rawValue.uppercased())  t=\(t)/\(run.steps.count)  x\(VectorText.sub(t)) = \(VectorText.vector(step.input))   "
            + "\(stageIndex + 1)/\(stages.count) " + context.tr(stage.en, stage.ko)
        frame.put(f(header), x: area.x, y: y, role: .strong, clip: area)
        y += 1

        // Formula column: beside the diagram when both fit.
        let valueWidth = DisplayWidth.of(VectorText.barred(step.h, signed: true, ascii: context.ascii))
        let full = stages.map { f($0.formula(t)) }
        let compact = stages.map { f(GateStage.compact($0.formula(t))) }
        let fullWidth = full.map(DisplayWidth.of).max() ?? 0
        let compactWidth = compact.map(DisplayWidth.of).max() ?? 0
        let needFull = 2 + fullWidth + 3 + valueWidth, needCompact = 2 + compactWidth + 3 + valueWidth
        var formulaX = area.x
        var panel = area.width
        let diagram = CellDiagram.of(kind)
        if let diagram, area.width >= diagram.width + 1 + needCompact, area.height >= diagram.height + 1 {
            diagram.draw(into: &frame, x: area.x, y: y, stage: stageIndex, clip: area, ascii: context.ascii)
            formulaX = area.x + diagram.width + 1
            panel = area.width - diagram.width - 1
        }
        let useFull = needFull <= panel
        let formulas = useFull ? full : compact
        let width = useFull ? fullWidth : compactWidth
        let panelRect = Rect(x: formulaX, y: area.y, width: panel, height: area.height)
        for (k, text) in formulas.enumerated() {
            let role: StyleRole = k == stageIndex ? .highlight : (k < stageIndex ? .normal : .dim)
            var x = frame.put(k == stageIndex ? (context.ascii ? "> " : "▶ ") : "  ", x: formulaX, y: y, role: .accent, clip: panelRect)
            x = frame.put(DisplayWidth.pad(text, to: width), x: x, y: y, role: role, clip: panelRect)
            if k <= stageIndex {
                let values = VectorText.barred(stages[k].values(step), signed: stages[k].signed, ascii: context.ascii)
                frame.put(" = " + values, x: x, y: y, role: k == stageIndex ? .output : .normal, clip: panelRect)
            } else {
                frame.put(f(" = …"), x: x, y: y, role: .dim, clip: panelRect)
            }
            y += 1
        }
        // Where this step starts from.
        let eq = useFull ? " = " : "="
        var from = "h\(VectorText.sub(t - 1))\(eq)\(VectorText.vector(run.hiddenStates[t - 1]))"
        if let cs = run.cellStates { from += (useFull ? "  " : " ") + "C\(VectorText.sub(t - 1))\(eq)\(VectorText.vector(cs[t - 1]))" }
        frame.put(f(context.tr("from ", "이전 ") + from), x: formulaX, y: y, role: .dim, clip: panelRect)
        y += 1
        y = drawFooterLines(into: &frame, area: panelRect, y: y, context: context)
        if let diagram, formulaX != area.x { y = max(y, area.y + 1 + diagram.height) }
        drawHistory(run, upTo: t, into: &frame, area: area, y: y, context: context)
    }

    /// Input, preset, notation notes, the editor and any problem; returns the next free row.
    @discardableResult
    func drawFooterLines(into frame: inout Frame, area: Rect, y start: Int, context: SceneContext) -> Int {
        let f = { (s: String) in VectorText.fold(s, ascii: context.ascii) }
        var y = start
        var info = "x: " + MatrixText.format(rows: setup.input)
        if let preset {
            let name: String
            switch preset {
            case .normal: name = context.tr("default", "기본")
            case .forget: name = context.tr("forget everything (f≈0)", "모두 잊기 (f≈0)")
            case .remember: name = context.tr("remember (f≈1)", "기억하기 (f≈1)")
            }
            info += "   " + context.tr("preset: ", "프리셋: ") + name
        }
        frame.put(f(info), x: area.x, y: y, role: .normal, clip: area)
        y += 1
        let note = kind == .lstm
            ? context.tr("PyTorch names them i, f, g (= C̃), o", "PyTorch 이름으로는 i, f, g (= C̃), o")
            : context.tr("PyTorch: r, z, n (= h̃); its z keeps the old h", "PyTorch: r, z, n (= h̃); 여기서 z는 이전 h를 남기는 비율")
        frame.put(f(note), x: area.x, y: y, role: .dim, clip: area)
        y += 1
        if kind == .gru {
            y = drawParameterCount(into: &frame, area: area, y: y, context: context)
        }
        if let editor {
            let label = editor.target == .input
                ? context.tr("input (steps split by ;) ", "입력 (스텝은 ;로 구분) ")
                : (kind == .lstm ? "h₀; C₀ " : "h₀ ")
            frame.put(f(label + "> " + editor.text + (context.ascii ? "_" : "▏")), x: area.x, y: y, role: .selected, clip: area)
            y += 1
        }
        if let problem, run != nil || editor != nil {
            frame.put(f(problem), x: area.x, y: y, role: .error, clip: area)
            y += 1
        }
        return y
    }

    /// LSTM vs GRU parameters for this input and hidden size, counted from the engine's weight tensors.
    func drawParameterCount(into frame: inout Frame, area: Rect, y: Int, context: SceneContext) -> Int {
        let (I, H) = (setup.weights.inputSize, setup.weights.hiddenSize)
        guard let (lstmCount, gruCount) = Self.parameterCounts.value("\(I) \(H)", compute: {
            guard let lstm = try? SeededWeights.make(.lstm, inputSize: I, hiddenSize: H, seed: 0),
                  let gru = try? SeededWeights.make(.gru, inputSize: I, hiddenSize: H, seed: 0) else { return nil }
            return (RecurrentSetup(weights: lstm, input: []).parameterCount, RecurrentSetup(weights: gru, input: []).parameterCount)
        }) else { return y }
        let label = context.tr("parameters (I=\(I), H=\(H)): ", "파라미터 (I=\(I), H=\(H)): ")
        let lines = ["LSTM 4·H·(I+H)+8·H = 4·\(H)·(\(I)+\(H))+8·\(H) = \(lstmCount)",
                     "GRU  3·H·(I+H)+6·H = 3·\(H)·(\(I)+\(H))+6·\(H) = \(gruCount)"]
        let x = frame.put(VectorText.fold(label, ascii: context.ascii), x: area.x, y: y, role: .strong, clip: area)
        for (k, line) in lines.enumerated() {
            frame.put(VectorText.fold(line, ascii: context.ascii), x: x, y: y + k, role: .output, clip: area)
        }
        return y + 2
    }

    /// LSTM and GRU parameter counts by "I H" (counted once per size, not on every draw).
    static let parameterCounts = TextKeyedMemo<(Int, Int)?>(limit: 64)

    /// Finished steps, one line each, when there is room below.
    func drawHistory(_ run: RecurrentRun, upTo t: Int, into frame: inout Frame, area: Rect, y start: Int, context: SceneContext) {
        var y = start + 1
        guard y < area.maxY else { return }
        frame.put(VectorText.fold(context.tr("steps so far", "지금까지의 스텝"), ascii: context.ascii), x: area.x, y: y, role: .heading, clip: area)
        y += 1
        let (_, stageIndex) = current
        let done = stageIndex == stages.count - 1 ? t : t - 1
        for step in run.steps.prefix(done) where y < area.maxY {
            var line = "t=\(step.t)  x = \(VectorText.vector(step.input))  h\(VectorText.sub(step.t)) = \(VectorText.vector(step.h))"
            if let c = step.c { line += "  C\(VectorText.sub(step.t)) = \(VectorText.vector(c))" }
            frame.put(VectorText.fold(line, ascii: context.ascii), x: area.x, y: y, role: .normal, clip: area)
            y += 1
        }
    }
}
