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
        var text = text
        let decoded = text.withUTF8 { bytes in Result { () throws(EngineError) in try Self.decode(bytes) } }
        let (images, labels) = try decoded.get()
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

    /// Decodes the data's lines (a label, then 64 base-17 pixels `0`–`9`, `a`–`g`) through a byte
    /// table, each image written straight into its array: the content check builds the set on
    /// every run, and a search of the alphabet per pixel cost most of it.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(EngineError) -> ([[Double]], [Int]) {
        var value = [UInt8](repeating: 0xFF, count: 256)
        for (v, b) in "0123456789abcdefg".utf8.enumerated() { value[Int(b)] = UInt8(v) }
        var images: [[Double]] = [], labels: [Int] = [], pixelSum = 0
        images.reserveCapacity(DigitsData.expectedCount)
        labels.reserveCapacity(DigitsData.expectedCount)
        var start = 0, n = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            defer { start = end + 1 }
            if end == start { continue }   // empty lines are skipped and not counted
            n += 1
            let label = Int(value[Int(bytes[start])])
            guard end - start == 65, label < 10 else {
                throw EngineError("digits data line \(n) is damaged (want a label and 64 pixels)")
            }
            var bad = false
            let pixels = [Double](unsafeUninitializedCapacity: 64) { out, count in
                for i in 0..<64 {
                    let v = value[Int(bytes[start + 1 + i])]
                    if v == 0xFF { bad = true }
                    out[i] = Double(v) / 16
                    pixelSum += Int(v)
                }
                count = 64
            }
            if bad { throw EngineError("digits data line \(n) has a bad pixel") }
            images.append(pixels)
            labels.append(label)
        }
        guard images.count == DigitsData.expectedCount, pixelSum == DigitsData.expectedPixelSum else {
            throw EngineError("digits data has \(images.count) digits and pixel sum \(pixelSum), expected \(DigitsData.expectedCount) and \(DigitsData.expectedPixelSum)")
        }
        return (images, labels)
    }

    /// The images at `indices` as an `N×1×8×8` batch.
    public func batch(_ indices: [Int]) -> Tensor {
        var data: [Double] = []
        data.reserveCapacity(indices.count * 64)
        for i in indices { data += images[i] }
        return Tensor(uncheckedShape: [indices.count, 1, DigitsDataset.side, DigitsDataset.side], data: data)
    }
}
