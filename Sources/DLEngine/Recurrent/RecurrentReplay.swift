import Foundation

extension RecurrentRun {
    /// Replays the recorded gates: recomputes each activation from its pre-activation, then c_t and h_t
    /// from the activations and the previous state. Returns h_1...h_T and (LSTM) c_1...c_T.
    public func replayStates() -> (h: [[Double]], c: [[Double]]?) {
        var h = h0, c = c0 ?? []
        var hs: [[Double]] = [], cs: [[Double]] = []
        for step in steps {
            func act(_ name: String, _ f: (Double) -> Double) -> [Double] {
                (step.gate(name)?.preActivation ?? []).map(f)
            }
            switch kind {
            case .rnn:
                h = act("h", Foundation.tanh)
            case .lstm:
                let i = act("i", sigmoid), f = act("f", sigmoid), g = act("g", Foundation.tanh), o = act("o", sigmoid)
                c = (0..<h.count).map { f[$0] * c[$0] + i[$0] * g[$0] }
                h = (0..<h.count).map { o[$0] * Foundation.tanh(c[$0]) }
                cs.append(c)
            case .gru:
                let z = act("z", sigmoid), n = act("n", Foundation.tanh)
                h = (0..<h.count).map { (1 - z[$0]) * n[$0] + z[$0] * h[$0] }
            }
            hs.append(h)
        }
        return (hs, kind == .lstm ? cs : nil)
    }
}
