/// `long-memory`: an RNN, an LSTM and a GRU trained side by side on the long-memory task (lecture 7).
public struct LongMemoryParams: SceneParameters, Equatable {
    public static let type = "long-memory"
    public static let summary = LocalizedText(
        en: "RNN, LSTM and GRU trained live on the same sequences: remember the first input's bit for T steps.",
        ko: "RNN, LSTM, GRU를 같은 수열로 나란히 실시간 학습해요: 첫 입력의 bit를 T 스텝 동안 기억하기.")
    /// The sequence lengths ←→ steps through.
    public static let lengths = [5, 10, 20, 40, 80]
    static let length = Param.int("length", 5...80, default: 40, en: "sequence length T to start with: 5, 10, 20, 40 or 80",
                                  ko: "처음 수열 길이 T: 5, 10, 20, 40, 80 중 하나")
    static let seed = Param.int("seed", 1...1000, default: 1, en: "seed of the sequences and the initial weights", ko: "수열과 처음 weight의 seed")
    public static let parameters = [length.info, seed.info]

    public var length: Int, seed: Int

    public init(reading r: inout SceneParamReader) {
        length = r.int(Self.length); seed = r.int(Self.seed)
        if r.problems.isEmpty, !Self.lengths.contains(length) {
            r.report("length must be one of 5, 10, 20, 40, 80 (the lengths ←→ steps through), got \(length)")
            length = 40
        }
    }
}
