import ArgumentParser
import DLContent
import DLStudyApp
import Foundation

/// `dlstudy quiz`: questions from the bank or generated drills, on screen or in plain mode.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Take a quiz (bank questions or generated drills); --plain reads answers from stdin.")

    @Option(name: .long, parsing: .unconditional, help: "Only questions of this lecture (4–7).")
    var lecture: Int?

    @Option(name: .long, parsing: .unconditional, help: "Only questions on this concept id (see `dlstudy list`).")
    var concept: String?

    @Flag(name: .long, help: "Generated numeric drills instead of bank questions.")
    var generated = false

    @Option(name: .long, parsing: .unconditional, help: "How many questions (default 10, at most \(QuizCommand.maxCount)).")
    var count: Int = 10

    @Option(name: .long, parsing: .unconditional, help: "Seed for the choice and order of questions (printed; the same seed gives the same quiz).")
    var seed: UInt64?

    @Flag(name: .long, help: "Questions on stdout, one answer per line on stdin (a / a,c / true / 27).")
    var plain = false

    @OptionGroup var global: GlobalOptions

    /// The most questions one quiz asks (generated drills are made up front).
    static let maxCount = 1_000

    mutating func validate() throws {
        guard (1...Self.maxCount).contains(count) else {
            throw ValidationError("--count must be between 1 and \(Self.maxCount), got \(count)")
        }
    }

    mutating func run() throws {
        try QuizFilters.validate(lecture: lecture, concept: concept)
        let context = try Context.load(global)
        let seed = self.seed ?? UInt64(Date().timeIntervalSince1970 * 1000) % 1_000_000
        let items: [QuizItem]
        if generated {
            items = DrillGenerator.make(seed: seed, count: count, kinds: try QuizFilters.drillKinds(lecture: lecture, concept: concept))
        } else {
            let matching = ReviewQueue.filter(context.library.quizItems, lecture: lecture, concept: concept)
            items = ReviewQueue.sample(matching, count: count, seed: seed)
        }
        guard !items.isEmpty else {
            printError("error: no questions match; see `dlstudy list`")
            throw ExitCodeError.failure
        }
        let store = try StoreAccess.open(context)
        if plain {
            try PlainQuizRunner.run(items, seed: seed, store: store, context: context)
            return
        }
        let title = LocalizedText(en: "Quiz · seed \(seed)", ko: "퀴즈 · seed \(seed)")
        try AppRunner.run(context: context, options: global, store: store) { state in
            App.openQuiz(&state, QuizSession(items: items, title: title, seed: seed, now: state.clock()), alone: true)
        }
    }
}
