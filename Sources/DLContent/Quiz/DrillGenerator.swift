import DLEngine

/// Makes generated numeric drills from a seed: the numbers are drawn at a difficulty, the engine
/// computes each answer and the explanation shows the formula filled in with the numbers. The same
/// seed always gives the same questions, and a stored `DrillSpec` rebuilds exactly its question.
public enum DrillGenerator {
    /// `count` drills from `seed`, cycling through `kinds` in a seeded order. The first `n` of a
    /// longer list are the list of `n`, so an endless session extends without changing what it asked.
    public static func make(seed: UInt64, count: Int, kinds: [DrillKind] = DrillKind.allCases,
                            difficulty: DrillDifficulty = .lecture) -> [QuizItem] {
        guard !kinds.isEmpty, count > 0 else { return [] }
        var rng = SeededGenerator(seed: seed)
        var items: [QuizItem] = []
        var attempts = 0
        while items.count < count && attempts < count * 20 {
            attempts += 1
            let kind = rng.pick(kinds)
            let parameters = DrillDraws.draw(kind, difficulty, rng: &rng)
            let spec = DrillSpec(kind: kind, difficulty: difficulty, seed: seed, index: items.count + 1, parameters: parameters)
            if let item = item(spec) { items.append(item) }
        }
        return items
    }

    /// The question `spec` stands for (nil when its numbers are not a valid drill).
    public static func item(_ spec: DrillSpec) -> QuizItem? {
        guard let drill = build(spec.kind, spec.parameters) else { return nil }
        var item = drill.item(kind: spec.kind, id: spec.itemID)
        item.drill = spec
        return item
    }

    /// Fresh numbers for the same question slot: variant `variant` of `spec`, drawn from a seed made
    /// of the session seed, the position and the variant number (so it is reproducible too).
    public static func variant(of spec: DrillSpec, _ variant: Int) -> DrillSpec {
        var rng = SeededGenerator(seed: spec.seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(spec.index) &* 0xBF58_476D_1CE4_E5B9 &+ UInt64(variant))
        for _ in 0..<20 {
            let parameters = DrillDraws.draw(spec.kind, spec.difficulty, rng: &rng)
            if build(spec.kind, parameters) != nil, parameters != spec.parameters {
                return DrillSpec(kind: spec.kind, difficulty: spec.difficulty, seed: spec.seed, index: spec.index,
                                 variant: variant, parameters: parameters)
            }
        }
        return spec
    }

    /// One drill before it becomes a quiz item.
    struct Drill {
        var prompt: LocalizedText
        var answer: Int
        /// The formula with the numbers, e.g. `⌊(32 + 2·1 − 1·(3−1) − 1)/2⌋ + 1`.
        var formula: String
        var note: LocalizedText

        func item(kind: DrillKind, id: String) -> QuizItem {
            QuizItem(
                id: id, set: "generated", lecture: kind.lecture, kind: .numeric, concepts: [kind.concept],
                lesson: kind.lesson, source: "generated", prompt: prompt, choices: [], answer: .number(Double(answer)),
                tolerance: 0, unit: nil, verify: nil,
                explanation: LocalizedText(en: "\(formula) = \(answer). \(note.en)", ko: "\(formula) = \(answer). \(note.ko)"),
                file: "generated", line: 0)
        }
    }
}
