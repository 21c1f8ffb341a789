/// The long-memory task of lecture 7 (Hochreiter & Schmidhuber's experiment in miniature): each
/// sequence's first input is a bit, −1 or +1; the next T−1 inputs are distractor noise drawn uniformly
/// from [−noise, noise); the label, read at the last step, is the bit (class 0 for −1, 1 for +1).
public struct SequenceTask: Equatable, Sendable {
    /// Sequence length T (steps per sequence).
    public let length: Int
    /// Half-width of the distractor noise.
    public let noise: Double
    /// One T-long input row per sequence (input size 1).
    public let inputs: [[Double]]
    /// The bit of each sequence as a class: 0 for −1, 1 for +1.
    public let labels: [Int]

    /// `count` sequences drawn from `generator`: per sequence the bit first, then its T−1 noise values.
    public init(length: Int, count: Int, noise: Double, generator: inout SeededGenerator) {
        var inputs: [[Double]] = [], labels: [Int] = []
        inputs.reserveCapacity(count)
        for _ in 0..<count {
            let label = generator.int(in: 0...1)
            var x = [Double(2 * label - 1)]
            for _ in 1..<max(1, length) { x.append(generator.uniform(-noise, noise)) }
            inputs.append(x)
            labels.append(label)
        }
        (self.length, self.noise, self.inputs, self.labels) = (length, noise, inputs, labels)
    }

    /// The number of sequences.
    public var count: Int { labels.count }
}
