/// The 1,797 handwritten 8×8 digits (UCI via scikit-learn, CC BY 4.0, compiled into the engine) with the
/// fixed stratified split: per class, the digits in `load_digits()` order shuffled by a generator seeded
/// with `splitSeed`, the first fifth (rounded) for testing, the rest for training.
public struct DigitsDataset: Sendable {
    /// The seed of the split; changing it changes every published accuracy.
    public static let splitSeed: UInt64 = 15
    /// Image side and number of classes.
    public static let side = 8, classes = 10

    /// Each image as 64 pixels row by row, value / 16 (so in [0, 1]), in `load_digits()` order.
    public let images: [[Double]]
    /// The digit each image shows.
    public let labels: [Int]
    /// Indices into `images` (ascending) of the training and the test digits.
    public let trainIndices: [Int], testIndices: [Int]

    /// The digits, parsed and checked once.
    public static let shared: Result<DigitsDataset, EngineError> = Result { () throws(EngineError) in try DigitsDataset(text: DigitsData.text) }

    /// Parses the compiled-in data and checks it against scikit-learn's count and pixel sum.
    init(text: String) throws(EngineError) {
        let digits = Array("0123456789abcdefg".utf8)
        var images: [[Double]] = [], labels: [Int] = [], pixelSum = 0
        images.reserveCapacity(DigitsData.expectedCount)
        // Split as bytes: the data is ASCII, and splitting characters costs more than the rest.
        for (n, line) in text.utf8.split(separator: UInt8(ascii: "\n")).enumerated() {
            let bytes = Array(line)
            guard bytes.count == 65, let label = digits.firstIndex(of: bytes[0]), label < 10 else {
                throw EngineError("digits data line \(n + 1) is damaged (want a label and 64 pixels)")
            }
            var pixels: [Double] = []
            pixels.reserveCapacity(64)
            for b in bytes.dropFirst() {
                guard let v = digits.firstIndex(of: b) else { throw EngineError("digits data line \(n + 1) has a bad pixel") }
                pixels.append(Double(v) / 16)
                pixelSum += v
            }
            images.append(pixels)
            labels.append(label)
        }
        guard images.count == DigitsData.expectedCount, pixelSum == DigitsData.expectedPixelSum else {
            throw EngineError("digits data has \(images.count) digits and pixel sum \(pixelSum), expected \(DigitsData.expectedCount) and \(DigitsData.expectedPixelSum)")
        }
        var rng = SeededGenerator(seed: DigitsDataset.splitSeed)
        var train: [Int] = [], test: [Int] = []
        for c in 0..<DigitsDataset.classes {
            var members = labels.indices.filter { labels[$0] == c }
            rng.shuffle(&members)
            let testCount = (members.count + 2) / 5   // round(count / 5)
            test += members.prefix(testCount)
            train += members.dropFirst(testCount)
        }
        self.images = images
        self.labels = labels
        trainIndices = train.sorted()
        testIndices = test.sorted()
    }

    /// The images at `indices` as an `N×1×8×8` batch.
    public func batch(_ indices: [Int]) -> Tensor {
        var data: [Double] = []
        data.reserveCapacity(indices.count * 64)
        for i in indices { data += images[i] }
        return Tensor(uncheckedShape: [indices.count, 1, DigitsDataset.side, DigitsDataset.side], data: data)
    }
}
