import DLEngine

/// Draws the numbers of a drill from a seeded generator. Each kind has three pools of values, one
/// per difficulty; the lecture-sized pools are the ones the lectures' own examples use.
enum DrillDraws {
    /// The parameters of one `kind` drill at `difficulty`.
    static func draw(_ kind: DrillKind, _ difficulty: DrillDifficulty, rng: inout SeededGenerator) -> DrillParameters {
        var p = DrillParameters()
        func pick(_ name: String, _ small: [Int], _ lecture: [Int], _ real: [Int]) {
            let pool = difficulty == .small ? small : difficulty == .lecture ? lecture : real
            p.set(name, rng.pick(pool))
        }
        func int(_ name: String, _ range: ClosedRange<Int>) { p.set(name, rng.int(in: range)) }
        switch kind {
        case .convOut:
            pick("i", [5, 6, 7, 8, 9, 10], [7, 13, 14, 27, 28, 32, 55, 56, 64, 224, 227], [224, 227, 299, 112, 56, 512])
            pick("k", [1, 2, 3], [1, 3, 3, 5, 7, 11], [1, 3, 5, 7, 11])
            pick("s", [1, 1, 2], [1, 2, 2, 3, 4], [1, 2, 2, 4])
            pick("p", [0, 1], [0, 0, 1, 2, 3], [0, 1, 2, 3, 5])
            pick("d", [1], [1, 1, 1, 2], [1, 1, 2])
        case .convParams:
            pick("k", [1, 3], [1, 3, 5, 7], [1, 3, 3, 5, 7, 11])
            pick("cin", [1, 2, 3], [3, 16, 32, 64, 128, 256], [96, 256, 384, 512, 1024, 2048])
            pick("cout", [1, 2, 4], [16, 32, 64, 128, 256], [128, 256, 384, 512, 1024, 4096])
            int("bias", 0...1)
        case .poolOut:
            pick("i", [4, 5, 6, 7, 8, 9], [7, 13, 14, 27, 28, 55, 56, 112], [13, 27, 55, 56, 112, 224])
            pick("k", [2, 3], [2, 2, 3, 3], [2, 3, 3])
            pick("s", [1, 2], [1, 2, 2, 3], [2, 2, 3])
        case .convTransposeOut:
            pick("i", [2, 3, 4], [4, 7, 14, 16, 28], [7, 14, 16, 28, 32, 56])
            pick("k", [2, 3], [2, 3, 4, 4], [4, 4, 16, 64])
            pick("s", [1, 2], [1, 2, 2], [2, 2, 8, 32])
            int("p", difficulty == .real ? 0...2 : 0...1)
            if (p["s"] ?? 1) > 1 { int("op", 0...1) } else { p.set("op", 0) }
        case .receptiveField:
            let count = rng.int(in: difficulty == .small ? 2...3 : difficulty == .lecture ? 2...4 : 4...6)
            p.set("n", count)
            for n in 1...count {
                pick("k\(n)", [2, 3], [2, 3, 3, 5, 7], [3, 3, 5, 7, 11])
                pick("s\(n)", [1, 2], [1, 1, 2], [1, 2, 2, 4])
            }
        case .bottleneckSavings:
            pick("cin", [8, 16, 32], [128, 192, 256, 512], [256, 480, 512, 528, 832])
            pick("mid", [2, 4], [16, 32, 64], [16, 32, 48, 96, 128, 160])
            pick("cout", [8, 16, 32], [32, 64, 128, 256], [32, 64, 128, 192, 256, 320, 384])
            pick("k", [3], [3, 5], [3, 5])
        case .fcnParams:
            pick("c", [2, 4, 8], [64, 256, 512], [512, 1024, 2048])
            pick("h", [2, 3], [3, 5, 7], [6, 7])
            pick("out", [2, 3, 5], [10, 21, 1000, 4096], [1000, 4096])
            int("bias", 0...1)
        case .yoloOut:
            pick("s", [2, 3, 4], [5, 7, 9, 13], [7, 13, 19])
            pick("b", [1, 2], [1, 2, 3], [2, 3, 5])
            pick("c", [2, 3, 5], [10, 20, 80], [20, 80])
        case .lstmParams, .gruParams:
            pick("i", [1, 2, 3, 4], [8, 10, 32, 50, 100, 300], [128, 256, 300, 512, 1024])
            pick("h", [2, 3, 4], [16, 20, 64, 128, 256], [256, 512, 1024])
        }
        return p
    }
}
