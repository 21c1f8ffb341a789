import DLContent
import DLEngine
import TUIKit

/// Transposed convolution three ways, with INPUT and OUTPUT always labelled: (a) the scatter view,
/// stepped input cell by input cell from the engine's trace; (b) zero insertion + padding d·(k−1)−p +
/// an ordinary convolution with the flipped kernel, stepped output cell by output cell; (c) conv then
/// transposed conv, which restores the shape but not the values.
struct TransposedConvScene: LessonScene {
    enum View: Int, CaseIterable, Sendable { case scatter, zeroInsertion, notInverse }

    /// The scene of a lesson page's typed parameters.
    init(_ p: TransposedConvParams) throws(EngineError) {
        let view = View(rawValue: TransposedConvParams.View.allCases.firstIndex(of: p.view) ?? 0) ?? .scatter
        self.init(model: try TransposedConvModel(p), view: view)
        player = StepPlayer(count: player.count, step: p.step)
    }

    let model: TransposedConvModel
    var view: View
    var player: StepPlayer

    init(model: TransposedConvModel, view: View) {
        self.model = model
        self.view = view
        player = StepPlayer(count: 0)
        player.restart(count: stepCount(view))
    }

    func stepCount(_ view: View) -> Int {
        switch view {
        case .scatter: return model.scatter.inputs.count
        case .zeroInsertion: return model.equivalentTrace.cells.count
        case .notInverse: return 2
        }
    }

    /// The shared player's keys (short footer), `e` to the end, `v`/Tab and `1`-`3` the view.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let views = View.allCases
        return KeyTable(StepPlayer.shortKeys(\Self.player, playing: player.playing).all + [
            B([.char("e")], { $0.player.finish() }, help: t("jump to the end", "끝으로")),
            B([.char("v"), .tab], { $0.select(View(rawValue: ($0.view.rawValue + 1) % views.count) ?? .scatter) },
              help: t("next view", "다음 보기"), footer: ("v", t("view", "보기"))),
        ] + views.enumerated().map { i, v in
            B([.char(Character(String(i + 1)))], { $0.select(v) }, help: i == 0 ? t("choose a view", "보기 고르기") : nil)
        })
    }

    mutating func select(_ newView: View) {
        view = newView
        player.restart(count: stepCount(newView))
    }

    mutating func tick() -> Bool { player.tick() }

    // MARK: - Labels

    func viewName(_ v: View, _ context: SceneContext) -> String {
        switch v {
        case .scatter: return context.tr("scatter", "흩뿌리기")
        case .zeroInsertion: return context.tr("zero-insertion", "0 끼우기")
        case .notInverse: return context.tr("not an inverse", "역연산 아님")
        }
    }

    static func inputLabel(_ context: SceneContext) -> String { context.tr("INPUT", "입력") }
    static func outputLabel(_ context: SceneContext) -> String { context.tr("OUTPUT", "출력") }

    func size(_ t: Tensor, _ context: SceneContext) -> String {
        "\(t.shape[t.shape.count - 2])\(VisionDraw.times(context))\(t.shape[t.shape.count - 1])"
    }

    // MARK: - Drawing

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard !area.isEmpty else { return }
        var x = area.x
        x = frame.put(context.tr("view (v): ", "보기 (v): "), x: x, y: area.y, role: .dim, clip: area)
        for v in View.allCases {
            let name = "\(v.rawValue + 1) \(viewName(v, context))"
            x = frame.put(v == view ? "[\(name)]" : " \(name) ", x: x, y: area.y, role: v == view ? .selected : .normal, clip: area)
            x += 1
        }
        let prefix = "\(Self.outputLabel(context)) " + (model.isSquare ? context.tr("size ", "크기 ") : context.tr("rows ", "행 "))
        let sizeLine = (0...2).map { prefix + model.formula(rows: true, style: $0) }
            .first { DisplayWidth.of($0) <= area.width } ?? prefix + model.formula(rows: true, style: 2)
        frame.put(sizeLine, x: area.x, y: area.y + 1, role: .accent, clip: area)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2))
        switch view {
        case .scatter: drawScatter(&frame, body, context)
        case .zeroInsertion: drawZeroInsertion(&frame, body, context)
        case .notInverse: drawNotInverse(&frame, body, context)
        }
    }

    /// Status lines under the grids: as many as fit below `gridRows`, at least one.
    func drawStatus(_ frame: inout Frame, _ area: Rect, gridRows: Int, _ lines: [(String, StyleRole)]) {
        let top = min(area.y + gridRows, area.maxY - 1)
        var y = top
        for (text, role) in lines {
            for line in WrappedText.lines(text, width: max(1, area.width)) {
                guard y < area.maxY else { return }
                frame.put(line, x: area.x, y: y, role: role, clip: area)
                y += 1
            }
        }
    }
}

extension TransposedConvScene {
    /// The view and the step in it.
    var shareValues: [String: ContentValue] {
        let views = TransposedConvParams.View.allCases
        return ["view": .string(views[min(view.rawValue, views.count - 1)].rawValue), "step": .number(Double(player.step))]
    }
}
