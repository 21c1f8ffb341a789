import DLEngine

/// What a quiz session asks, as data: where the questions come from, the seed and how many. The
/// quiz menu and `dlstudy quiz` build the same plan, so `quiz --plain` with a session's
/// `arguments` asks exactly the questions the screen asked.
public struct QuizPlan: Equatable, Sendable {
    /// Where the questions come from.
    public enum Source: Equatable, Sendable {
        /// Bank questions: all, one lecture's, and/or only the lectures' own quiz questions
        /// (`source: lecture-quiz`).
        case bank(lecture: Int?, lectureQuiz: Bool)
        /// Bank questions on these concepts, with the concepts' drills mixed in when they have any.
        case concepts([String])
        /// Generated drills of these kinds.
        case drills([DrillKind], DrillDifficulty)
        /// Everything: bank questions with drills of every kind mixed in.
        case mixed
    }

    public var source: Source
    public var seed: UInt64
    /// Questions in the session; nil for an endless session (until the student stops).
    public var count: Int?

    public init(_ source: Source, seed: UInt64, count: Int?) {
        self.source = source; self.seed = seed; self.count = count
    }

    /// How many questions an endless session adds at a time.
    public static let batch = 10
    /// In a mix, how often a question is a drill (one in three).
    static let drillShare = 1.0 / 3.0

    /// The session's questions: `count` of them, or the first batch of an endless one.
    public func questions(bank: [QuizItem]) -> [QuizItem] { questions(bank: bank, first: count ?? Self.batch) }

    /// The first `n` questions of the plan's stream. A longer prefix always starts with a shorter
    /// one, so an endless session grows without changing what it already asked. A counted bank
    /// session never repeats a question; an endless one goes round again in a new order.
    public func questions(bank: [QuizItem], first n: Int) -> [QuizItem] {
        guard n > 0 else { return [] }
        switch source {
        case .bank(let lecture, let lectureQuiz):
            let pool = ReviewQueue.filter(bank, lecture: lecture, concept: nil).filter { !lectureQuiz || $0.source == "lecture-quiz" }
            return bankStream(pool, n)
        case .concepts(let ids):
            let pool = bank.filter { !Set($0.concepts).isDisjoint(with: ids) }
            return mix(pool, kinds: DrillKind.allCases.filter { ids.contains($0.concept) }, n)
        case .drills(let kinds, let difficulty):
            return DrillGenerator.make(seed: seed, count: n, kinds: kinds, difficulty: difficulty)
        case .mixed:
            return mix(bank, kinds: DrillKind.allCases, n)
        }
    }

    func bankStream(_ pool: [QuizItem], _ n: Int) -> [QuizItem] {
        guard !pool.isEmpty else { return [] }
        var out: [QuizItem] = []
        var round: UInt64 = 0
        while out.count < n {
            out += ReviewQueue.sample(pool, count: nil, seed: seed &+ round)
            round += 1
            if count != nil { break }
        }
        return Array(out.prefix(n))
    }

    /// Bank questions with drills of `kinds` at seeded positions (one in three).
    func mix(_ pool: [QuizItem], kinds: [DrillKind], _ n: Int) -> [QuizItem] {
        guard !kinds.isEmpty else { return bankStream(pool, n) }
        guard !pool.isEmpty else { return DrillGenerator.make(seed: seed, count: n, kinds: kinds) }
        var rng = SeededGenerator(seed: seed ^ 0x6D69_7865_6421)
        let isDrill = (0..<n).map { _ in rng.unit() < Self.drillShare }
        let drills = DrillGenerator.make(seed: seed, count: isDrill.filter { $0 }.count, kinds: kinds)
        let questions = bankStream(pool, n)
        var out: [QuizItem] = []
        var b = 0, d = 0
        for drill in isDrill {
            if drill, d < drills.count { out.append(drills[d]); d += 1 }
            else if b < questions.count { out.append(questions[b]); b += 1 }
        }
        return out
    }

    /// The `dlstudy quiz` arguments that make this plan (with `--plain`, the same questions).
    public var arguments: [String] {
        var args: [String]
        switch source {
        case .bank(let lecture, let lectureQuiz):
            args = (lecture.map { ["--lecture", "\($0)"] } ?? []) + (lectureQuiz ? ["--source", "lecture-quiz"] : [])
        case .concepts(let ids): args = ids.flatMap { ["--concept", $0] }
        case .drills(let kinds, let difficulty):
            args = kinds == DrillKind.allCases ? ["--generated"] : kinds.flatMap { ["--drill", $0.rawValue] }
            if difficulty != .lecture { args += ["--difficulty", difficulty.rawValue] }
        case .mixed: args = ["--mixed"]
        }
        return args + ["--seed", "\(seed)"] + (count.map { ["--count", "\($0)"] } ?? ["--endless"])
    }

    /// A short title: `Lecture 5 · seed 123`.
    public var title: LocalizedText {
        let what: LocalizedText
        switch source {
        case .bank(let lecture?, true): what = LocalizedText(en: "Lecture \(lecture) quiz", ko: "\(lecture)강 강의 퀴즈")
        case .bank(nil, true): what = LocalizedText(en: "The lecture quizzes", ko: "강의 퀴즈")
        case .bank(let lecture?, false): what = LocalizedText(en: "Lecture \(lecture)", ko: "\(lecture)강")
        case .bank(nil, false): what = LocalizedText(en: "Quiz", ko: "퀴즈")
        case .concepts(let ids) where ids.count == 1:
            let name = Syllabus.concept(ids[0])?.name ?? LocalizedText(en: ids[0], ko: ids[0])
            what = LocalizedText(en: "Concept · \(name.en)", ko: "개념 · \(name.ko)")
        case .concepts(let ids): what = LocalizedText(en: "Practise \(ids.count) concepts", ko: "개념 \(ids.count)개 연습")
        case .drills(let kinds, let difficulty) where kinds.count == 1:
            what = LocalizedText(en: "Drill · \(kinds[0].name.en) · \(difficulty.name.en)", ko: "드릴 · \(kinds[0].name.ko) · \(difficulty.name.ko)")
        case .drills(_, let difficulty): what = LocalizedText(en: "Drills · \(difficulty.name.en)", ko: "드릴 · \(difficulty.name.ko)")
        case .mixed: what = LocalizedText(en: "Mixed", ko: "섞어서")
        }
        return LocalizedText(en: "\(what.en) · seed \(seed)", ko: "\(what.ko) · seed \(seed)")
    }
}
