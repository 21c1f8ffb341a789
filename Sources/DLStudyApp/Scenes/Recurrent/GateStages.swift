import DLEngine

/// One stage of a gated cell's time step, in the order it is computed: its symbol, its name, the
/// formula that makes it and where its vector lives in the engine's recorded step.
struct GateStage: Sendable {
    /// The symbol as the notes write it: f, i, C̃, C, o, h (LSTM); r, z, h̃, h (GRU).
    let symbol: String
    let en: String
    let ko: String
    /// Whether the values are in [−1, 1] (tanh, states) rather than [0, 1] (σ).
    let signed: Bool
    /// The formula at step t (e.g. `f₁ = σ(W_f·[h₀, x₁] + b_f)`).
    let formula: @Sendable (Int) -> String
    /// The stage's vector, read from the engine's step.
    let values: @Sendable (RecurrentStep) -> [Double]

    /// The stages of `kind` (LSTM or GRU), in computation order.
    static func stages(_ kind: RecurrentKind) -> [GateStage] {
        let s = VectorText.sub
        func gate(_ name: String) -> @Sendable (RecurrentStep) -> [Double] { { $0.gate(name)?.activation ?? [] } }
        switch kind {
        case .lstm:
            return [
                GateStage(symbol: "f", en: "forget gate", ko: "forget gate", signed: false,
                          formula: { t in "f\(s(t)) = σ(W_f·[h\(s(t - 1)), x\(s(t))] + b_f)" }, values: gate("f")),
                GateStage(symbol: "i", en: "input gate", ko: "input gate", signed: false,
                          formula: { t in "i\(s(t)) = σ(W_i·[h\(s(t - 1)), x\(s(t))] + b_i)" }, values: gate("i")),
                GateStage(symbol: "C\u{303}", en: "candidate C\u{303}", ko: "후보 C\u{303}", signed: true,
                          formula: { t in "C\u{303}\(s(t)) = tanh(W_C·[h\(s(t - 1)), x\(s(t))] + b_C)" }, values: gate("g")),
                GateStage(symbol: "C", en: "cell update", ko: "cell state 갱신", signed: true,
                          formula: { t in "C\(s(t)) = f\(s(t))⊙C\(s(t - 1)) + i\(s(t))⊙C\u{303}\(s(t))" }, values: { $0.c ?? [] }),
                GateStage(symbol: "o", en: "output gate", ko: "output gate", signed: false,
                          formula: { t in "o\(s(t)) = σ(W_o·[h\(s(t - 1)), x\(s(t))] + b_o)" }, values: gate("o")),
                GateStage(symbol: "h", en: "hidden state h", ko: "hidden state h", signed: true,
                          formula: { t in "h\(s(t)) = o\(s(t))⊙tanh(C\(s(t)))" }, values: { $0.h }),
            ]
        case .gru:
            return [
                GateStage(symbol: "r", en: "reset gate", ko: "reset gate", signed: false,
                          formula: { t in "r\(s(t)) = σ(W_r·[h\(s(t - 1)), x\(s(t))] + b_r)" }, values: gate("r")),
                GateStage(symbol: "z", en: "update gate", ko: "update gate", signed: false,
                          formula: { t in "z\(s(t)) = σ(W_z·[h\(s(t - 1)), x\(s(t))] + b_z)" }, values: gate("z")),
                GateStage(symbol: "h\u{303}", en: "candidate h\u{303}", ko: "후보 h\u{303}", signed: true,
                          formula: { t in "h\u{303}\(s(t)) = tanh(W_in·x\(s(t)) + b_in + r\(s(t))⊙(W_hn·h\(s(t - 1)) + b_hn))" },
                          values: gate("n")),
                GateStage(symbol: "h", en: "hidden state h", ko: "hidden state h", signed: true,
                          formula: { t in "h\(s(t)) = (1−z\(s(t)))⊙h\u{303}\(s(t)) + z\(s(t))⊙h\(s(t - 1))" }, values: { $0.h }),
            ]
        case .rnn:
            return [
                GateStage(symbol: "h", en: "hidden state h", ko: "hidden state h", signed: true,
                          formula: { t in "h\(s(t)) = tanh(W_hh·h\(s(t - 1)) + W_xh·x\(s(t)) + b)" }, values: { $0.h }),
            ]
        }
    }

    /// The formula without spaces, for narrow screens.
    static func compact(_ formula: String) -> String { String(formula.filter { $0 != " " }) }
}
