import DLContent
import DLEngine
import Foundation
import TUIKit

/// The LSTM and GRU gate-flow scenes: one time step at a time, each gate in the order it is computed,
/// with its formula and the engine's vector as numbers and small bars (LSTM: beside a colah-style
/// diagram). The student can edit the input sequence and the initial state; the LSTM has presets
/// "forget everything" (f ≈ 0) and "remember" (f ≈ 1).
public struct GateFlowScene: LessonScene {
    public let kind: RecurrentKind
    /// The cell being stepped (input, initial state, weights).
    public private(set) var setup: RecurrentSetup
    /// The engine's run of `setup` (nil when the numbers cannot be run; `problem` says why).
    public private(set) var run: RecurrentRun?
    /// Stage reached: `position / stages.count` is the time step (0-based), `position % stages.count` the gate.
    public var position: Int { player.step }
    /// Steps through the stages (auto-play, speed): the shared player.
    var player = StepPlayer(count: 0, speed: 1)
    /// The LSTM forget preset in use (nil when the weights came from outside).
    public private(set) var preset: ForgetPreset?
    var problem: String?
    var editor: LineEditor?
    /// The setup the scene started from (restored by `r`).
    let initial: RecurrentSetup
    let initialPreset: ForgetPreset?
    let stages: [GateStage]

    /// A scene stepping `setup`; `preset` enables the LSTM preset keys.
    public init(setup: RecurrentSetup, preset: ForgetPreset? = nil) {
        kind = setup.weights.kind
        self.setup = setup
        initial = setup
        self.preset = preset
        initialPreset = preset
        stages = GateStage.stages(setup.weights.kind)
        rerun()
    }

    /// The LSTM scene of a lesson page's typed parameters.
    init(_ p: LSTMGatesParams) throws(EngineError) {
        guard let weights = ExampleCells.lstm(p.preset) else { throw EngineError("the example LSTM cell could not be built") }
        self.init(setup: RecurrentSetup(weights: weights, input: p.input, h0: p.h0, c0: p.c0), preset: p.preset)
        player = StepPlayer(count: player.count, step: p.step, speed: player.speed)
    }

    /// The GRU scene of a lesson page's typed parameters.
    init(_ p: GRUGatesParams) throws(EngineError) {
        guard let weights = ExampleCells.gru() else { throw EngineError("the example GRU cell could not be built") }
        self.init(setup: RecurrentSetup(weights: weights, input: p.input, h0: p.h0))
        player = StepPlayer(count: player.count, step: p.step, speed: player.speed)
    }

    var stepCount: Int { run?.steps.count ?? 0 }
    var lastPosition: Int { max(0, stepCount * stages.count - 1) }
    /// The current time step (1-based) and stage index.
    var current: (t: Int, stage: Int) { (position / stages.count + 1, position % stages.count) }

    mutating func rerun() {
        do {
            run = try setup.run()
            problem = nil
        } catch {
            run = nil
            problem = error.message
        }
        player.resize(count: lastPosition)
    }

    /// True while the input or state editor is open: the viewer then sends every key here first
    /// (`LessonScene.capturesTyping` on main), so typing never turns pages or leaves the lesson.
    public var capturesTyping: Bool { editor != nil }

    // MARK: keys

    /// The editor's keys while it is open; otherwise the shared player's (`r` resets the whole scene),
    /// `e`/`s` open the input / initial-state editor and, for the LSTM presets, `f`/`m`/`0`.
    public var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        if editor != nil {
            return KeyTable([
                B([.enter], { $0.edit(.enter) }, help: t("apply", "적용"), footer: ("Enter", t("apply", "적용"))),
                B([.tab, .escape], { $0.edit(.tab) }, help: t("cancel", "취소"), footer: ("Tab", t("cancel", "취소"))),
                B([.backspace, .delete], { $0.edit(.backspace) }, help: t("delete a character", "한 글자 지우기")),
            ], text: .init("0-9 . - ; , e Space", help: t("type the numbers", "숫자 입력"), accepts: LineEditor.accepts,
                           command: { c in { $0.edit(.char(c)) } }))
        }
        var player = StepPlayer.keys(\Self.player, playing: self.player.playing)
        player.step.footer = ("←→", t("step", "단계"))
        player.back.footer = nil
        player.faster.footer = nil
        var bindings = [player.step, player.back,
            B([.char("e")], { $0.editor = LineEditor(target: .input, text: MatrixText.format(rows: $0.setup.input)) },
              help: t("edit the input sequence", "입력 시퀀스 편집"), footer: ("e", t("input", "입력"))),
            B([.char("s")], { scene in
                var rows = [scene.setup.h0]
                if let c0 = scene.setup.c0 { rows.append(c0) }
                scene.editor = LineEditor(target: .state, text: MatrixText.format(rows: rows))
            }, help: t("edit the initial state", "초기 상태 편집"), footer: ("s", t("state", "초기값"))),
        ]
        if preset != nil {
            bindings += [
                B([.char("f")], { $0.choose(.forget) }, help: t("forget / remember / normal preset", "망각 / 기억 / 보통 프리셋"),
                  footer: ("f/m", t("presets", "망각/기억"))),
                B([.char("m")], { $0.choose(.remember) }),
                B([.char("0")], { $0.choose(.normal) }),
            ]
        }
        bindings += [player.play, player.faster, player.slower,
            B([.char("r")], { scene in
                scene.setup = scene.initial
                scene.preset = scene.initialPreset
                scene.player.restart(count: 0)
                scene.rerun()
            }, help: t("reset the input, state and preset", "입력·상태·프리셋 처음으로"), footer: ("r", t("reset", "처음으로"))),
        ]
        return KeyTable(bindings)
    }

    /// One key for the open editor.
    mutating func edit(_ key: Key) {
        guard var live = editor else { return }
        switch live.handle(key) {
        case .editing: editor = live
        case .cancel: editor = nil
        case .apply: apply(live)
        }
    }

    mutating func choose(_ newPreset: ForgetPreset) {
        guard let weights = ExampleCells.lstm(newPreset) else { return }
        preset = newPreset
        setup.weights = weights
        rerun()
    }

    mutating func apply(_ edit: LineEditor) {
        switch MatrixText.parse(edit.text, name: edit.target == .input ? "input" : "state") {
        case .failure(let error):
            problem = error.message
            editor = edit
        case .success(let rows):
            var candidate = setup
            let H = setup.weights.hiddenSize, I = setup.weights.inputSize
            switch edit.target {
            case .input:
                guard rows.allSatisfy({ $0.count == I }), rows.count <= 50 else {
                    problem = "each step needs \(I) number\(I == 1 ? "" : "s"), at most 50 steps"
                    editor = edit
                    return
                }
                candidate.input = rows
            case .state:
                let want = kind == .lstm ? 2 : 1
                guard rows.count == want, rows.allSatisfy({ $0.count == H }) else {
                    problem = kind == .lstm ? "write h₀; C₀ with \(H) numbers each" : "write h₀ with \(H) numbers"
                    editor = edit
                    return
                }
                candidate.h0 = rows[0]
                if kind == .lstm { candidate.c0 = rows[1] }
            }
            editor = nil
            setup = candidate
            player.restart(count: 0)
            rerun()
        }
    }

    public mutating func tick() -> Bool {
        guard editor == nil else { return false }
        return player.tick()
    }

    // MARK: plain

    public func plainLines(_ context: SceneContext, width: Int) -> [String] {
        guard let run else { return [context.tr("cannot run: ", "실행할 수 없음: ") + (problem ?? "")] }
        return RecurrentPlain.lines(run, weights: setup.weights, context: context)
    }
}

extension GateFlowScene {
    /// The input and initial state as edited (and the LSTM's forget preset), and the stage shown.
    public var shareValues: [String: ContentValue] {
        var values: [String: ContentValue] = ["input": .string(MatrixText.format(rows: setup.input)),
                                              "h0": .string(MatrixText.format(rows: [setup.h0])), "step": .number(Double(player.step))]
        if let c0 = setup.c0 { values["c0"] = .string(MatrixText.format(rows: [c0])) }
        if let preset { values["preset"] = .string(preset.rawValue) }
        return values
    }
}
