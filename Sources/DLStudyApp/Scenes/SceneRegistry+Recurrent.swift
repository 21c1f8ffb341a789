import DLContent

extension SceneRegistry {
    /// Scene builders of the Recurrent family (issue 8: sequence models, RNN unrolled, vanishing gradients, LSTM, GRU).
    public static let recurrent: [String: SceneFactory.Builder] = [
        "lstm-gates": { GateFlowScene.make(.lstm, spec: $0) },
        "gru-gates": { GateFlowScene.make(.gru, spec: $0) },
        "rnn-gradients": { GradientScene.make($0) },
        "rnn-unrolled": { UnrolledRNNScene.make($0) },
        "sequence-models": { SequenceModelsScene.make($0) },
    ]
}
