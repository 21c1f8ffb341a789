import DLEngine

/// The forget-gate setting of the LSTM example: as written, "forget everything" (f ≈ 0) or "remember" (f ≈ 1).
public enum ForgetPreset: String, Equatable, Sendable, CaseIterable {
    case normal, forget, remember
}

/// The example cells of the recurrent scenes have input size 1 and hidden size 2 (`ExampleCells`).
public enum RecurrentSceneSizes {
    public static let input = 1, hidden = 2
    /// Stages the gate-flow scenes show per time step (f, i, C̃, C, o, h and r, z, h̃, h; `GateStage.stages`, checked by a test).
    public static let lstmStages = 6, gruStages = 4
}

/// The gate-flow scenes' `step`: the stage shown, counted from 0 over all time steps.
enum GateFlowStep {
    static func param(stages: Int) -> Param<Int> {
        Param.int("step", 0...9999, default: 0, en: "stage shown when the page opens: (time step − 1)·\(stages) + gate, from 0",
                  ko: "쪽을 열 때 보여 줄 단계: (시간 단계 − 1)·\(stages) + gate, 0부터")
    }

    /// Reads the step and refuses one past the last stage of `input`.
    static func read(_ r: inout SceneParamReader, _ param: Param<Int>, stages: Int, input: [[Double]]) -> Int {
        let step = r.int(param)
        let last = input.count * stages - 1
        if r.problems.isEmpty, step > last { r.report(RangeMessage.wholeNumber("'step'", 0...last, got: step)) }
        return step
    }
}

/// `sequence-models`: what each sequence model conditions on when it predicts x_t.
public struct SequenceModelsParams: SceneParameters, Equatable {
    public static let type = "sequence-models"
    public static let summary = LocalizedText(en: "What each sequence model reads to predict x_t: everything, a window τ, x_{t−1} (Markov), a hidden state.",
                                              ko: "x_t를 예측할 때 각 모델이 보는 것: 전부, window τ, x_{t−1} (Markov), hidden state.")
    public enum Model: String, CaseIterable, Sendable { case full, window, markov, latent }
    public static let tauRange = 1...6
    static let sequence = Param.rows("sequence", width: 1, rows: 2...12, default: [[3], [1], [4], [1], [5], [9], [2], [6]],
                                     en: "the sequence x_1 … x_T", ko: "수열 x_1 … x_T")
    static let model = Param.choice("model", default: Model.full, en: "the model to start with", ko: "처음 보여 줄 모델")
    static let tau = Param.int("tau", tauRange, default: 2, en: "window τ of the autoregressive model", ko: "autoregressive 모델의 window τ")
    public static let parameters = [sequence.info, model.info, tau.info]

    public var sequence: [Double], model: Model, tau: Int

    public init(reading r: inout SceneParamReader) {
        sequence = r.rows(Self.sequence).map { $0[0] }; model = r.choice(Self.model); tau = r.int(Self.tau)
    }
}

/// `rnn-unrolled`: the RNN rolled and unrolled in time, stepped with the engine's numbers.
public struct RNNUnrolledParams: SceneParameters, Equatable {
    public static let type = "rnn-unrolled"
    public static let summary = LocalizedText(en: "The RNN rolled and unrolled: every copy uses the same weights.",
                                              ko: "RNN을 접은 모양과 펼친 모양: 펼친 복사본은 모두 같은 weight를 써요.")
    static let input = Param.rows("input", width: RecurrentSceneSizes.input, rows: 1...6, default: [[1], [0.5], [-1], [0]],
                                  en: "the input sequence, one number per step", ko: "입력 수열, 단계마다 수 하나")
    static let h0 = Param.vector("h0", count: RecurrentSceneSizes.hidden, defaultText: "0 0", en: "the initial hidden state", ko: "처음 hidden state")
    static let step = Param.int("step", 1...9999, default: 1, en: "time steps already computed when the page opens (at most the input's length)",
                                ko: "쪽을 열 때 이미 계산된 시간 단계 수 (입력 길이까지)")
    public static let parameters = [input.info, h0.info, step.info]

    public var input: [[Double]], h0: [Double]?
    /// The stepper's position: time steps computed (checked against the input's length).
    public var step: Int

    public init(reading r: inout SceneParamReader) {
        input = r.rows(Self.input); h0 = r.vector(Self.h0); step = r.int(Self.step)
        if r.problems.isEmpty, step > input.count { r.report(RangeMessage.wholeNumber("'step'", 1...input.count, got: step)) }
    }
}

/// `rnn-gradients`: vanishing and exploding gradients through time, RNN beside LSTM.
public struct RNNGradientsParams: SceneParameters, Equatable {
    public static let type = "rnn-gradients"
    public static let summary = LocalizedText(en: "Vanishing and exploding gradients: ‖∂h_T/∂h_t‖ of an RNN as W_hh's scale changes, beside an LSTM's cell state.",
                                              ko: "gradient 소실과 폭주: W_hh 크기에 따른 RNN의 ‖∂h_T/∂h_t‖, LSTM cell state와 비교.")
    public static let scaleRange = 0.1...2.0, stepsRange = 2...30
    static let scale = Param.number("scale", scaleRange, default: 0.5, en: "scale of the recurrent weights", ko: "recurrent weight의 크기")
    static let steps = Param.int("steps", stepsRange, default: 8, en: "time steps T", ko: "시간 단계 수 T")
    public static let parameters = [scale.info, steps.info]

    public var scale: Double, steps: Int

    public init(reading r: inout SceneParamReader) { scale = r.number(Self.scale); steps = r.int(Self.steps) }
}

/// `lstm-gates`: an LSTM cell stepped gate by gate.
public struct LSTMGatesParams: SceneParameters, Equatable {
    public static let type = "lstm-gates"
    public static let summary = LocalizedText(en: "An LSTM step by step: forget, input, candidate, cell update, output, with the engine's vectors.",
                                              ko: "LSTM 한 단계씩: forget, input, candidate, cell 갱신, output, 엔진이 계산한 벡터로.")
    static let input = Param.rows("input", width: RecurrentSceneSizes.input, rows: 1...50, default: [[1], [0.5], [-1]],
                                  en: "the input sequence, one number per step", ko: "입력 수열, 단계마다 수 하나")
    static let preset = Param.choice("preset", default: ForgetPreset.normal, en: "forget-gate bias: as written, forget (f ≈ 0) or remember (f ≈ 1)",
                                     ko: "forget gate bias: 그대로, forget (f ≈ 0), remember (f ≈ 1)")
    static let h0 = Param.vector("h0", count: RecurrentSceneSizes.hidden, defaultText: "0 0", en: "the initial hidden state", ko: "처음 hidden state")
    static let c0 = Param.vector("c0", count: RecurrentSceneSizes.hidden, defaultText: "0 0", en: "the initial cell state", ko: "처음 cell state")
    static let step = GateFlowStep.param(stages: RecurrentSceneSizes.lstmStages)
    public static let parameters = [input.info, preset.info, h0.info, c0.info, step.info]

    public var input: [[Double]], preset: ForgetPreset, h0: [Double]?, c0: [Double]?
    /// The stepper's position: the stage shown, from 0 (checked against the input's length × 6).
    public var step: Int

    public init(reading r: inout SceneParamReader) {
        input = r.rows(Self.input); preset = r.choice(Self.preset); h0 = r.vector(Self.h0); c0 = r.vector(Self.c0)
        step = GateFlowStep.read(&r, Self.step, stages: RecurrentSceneSizes.lstmStages, input: input)
    }
}

/// `gru-gates`: a GRU cell stepped gate by gate.
public struct GRUGatesParams: SceneParameters, Equatable {
    public static let type = "gru-gates"
    public static let summary = LocalizedText(en: "A GRU step by step: reset, update, candidate, new state.",
                                              ko: "GRU 한 단계씩: reset, update, candidate, 새 state.")
    static let input = Param.rows("input", width: RecurrentSceneSizes.input, rows: 1...50, default: [[1], [0.5], [-1]],
                                  en: "the input sequence, one number per step", ko: "입력 수열, 단계마다 수 하나")
    static let h0 = Param.vector("h0", count: RecurrentSceneSizes.hidden, defaultText: "0 0", en: "the initial hidden state", ko: "처음 hidden state")
    static let step = GateFlowStep.param(stages: RecurrentSceneSizes.gruStages)
    public static let parameters = [input.info, h0.info, step.info]

    public var input: [[Double]], h0: [Double]?
    /// The stepper's position: the stage shown, from 0 (checked against the input's length × 4).
    public var step: Int

    public init(reading r: inout SceneParamReader) {
        input = r.rows(Self.input); h0 = r.vector(Self.h0)
        step = GateFlowStep.read(&r, Self.step, stages: RecurrentSceneSizes.gruStages, input: input)
    }
}
