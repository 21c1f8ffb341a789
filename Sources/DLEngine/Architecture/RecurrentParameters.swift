/// Parameter counts of one layer of PyTorch's `nn.RNN`, `nn.LSTM` and `nn.GRU`.
///
/// Each gate has input weights (h×i), recurrent weights (h×h) and, in PyTorch, two bias vectors
/// (`bias_ih` and `bias_hh`, h each) although one would do: their sum is what matters.
public enum RecurrentCell: String, CaseIterable, Sendable {
    case rnn, lstm, gru

    /// Gate blocks: RNN 1, LSTM 4 (i, f, g, o), GRU 3 (r, z, n).
    public var gates: Int {
        switch self {
        case .rnn: return 1
        case .lstm: return 4
        case .gru: return 3
        }
    }

    /// Weights only: `gates·h·(i + h)`.
    public func weightParams(input i: Int, hidden h: Int) -> Int { gates * h * (i + h) }

    /// The two bias vectors per gate: `2·gates·h`.
    public func biasParams(hidden h: Int) -> Int { 2 * gates * h }

    /// Total: `gates·h·(i + h) + 2·gates·h`.
    public func params(input i: Int, hidden h: Int) -> Int { weightParams(input: i, hidden: h) + biasParams(hidden: h) }
}
