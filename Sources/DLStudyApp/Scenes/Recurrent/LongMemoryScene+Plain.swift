import DLEngine

extension LongMemoryScene {
    public func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var out = [header(context)]
        for (k, cell) in Self.cells.enumerated() where k < curves.count && k < profiles.count {
            let accs = curves[k].map { NumberFormat.decimal(100 * $0, digits: 1) + "%" }.joined(separator: " ")
            let ratio = profiles[k].last.map { $0 > 0 ? (profiles[k].first ?? 0) / $0 : 0 } ?? 0
            out.append("\(Self.name(cell)): " + context.tr("test accuracy", "테스트 정확도") + " \(accs); ‖∂L/∂h_1‖ / ‖∂L/∂h_\(length)‖ = \(Self.short(ratio))")
        }
        if let first = forgetGates.first, let last = forgetGates.last {
            out.append("LSTM forget gate f_1 = \(NumberFormat.decimal(first, digits: 2)) … f_\(length) = \(NumberFormat.decimal(last, digits: 2))")
        }
        out += stepLines(context).dropFirst()
        out.append(context.tr("The scene trains the three cells live; the same runs: dlstudy train-seq --cell rnn|lstm|gru --length \(length) --seed \(seed)",
                              "장면에서는 세 가지 셀을 실시간으로 학습해요. 같은 학습: dlstudy train-seq --cell rnn|lstm|gru --length \(length) --seed \(seed)"))
        return out.map { VectorText.fold($0, ascii: context.ascii) }
    }
}
