import ArgumentParser
import DLContent
import DLEngine
import DLStudyApp
import Foundation

/// `dlstudy quiz`: questions from the bank or generated drills, on screen or in plain mode. The
/// choices are the quiz menu's: the same `QuizPlan`, so `--plain` with a session's seed and
/// choices (shown on its summary) asks exactly the questions the screen asked.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Take a quiz (bank questions or generated drills); --plain reads answers from stdin.")

    @Option(name: .long, parsing: .unconditional, help: "Only questions of this lecture (4–7).")
    var lecture: Int?

    @Option(name: .long, help: "Only questions on this concept id (see `dlstudy list`); repeat for several. Its drills are mixed in.")
    var concept: [String] = []

    @Option(name: .long, parsing: .unconditional, help: "Only bank questions from this source (lecture-quiz: the lectures' own quiz questions).")
    var source: String?

    @Flag(name: .long, help: "Generated numeric drills (every kind, or those of --lecture/--concept) instead of bank questions.")
    var generated = false

    @Option(name: .long, help: "Drills of this generator only; repeat for several (\(DrillKind.allCases.map(\.rawValue).joined(separator: ", "))).")
    var drill: [String] = []

    @Option(name: .long, parsing: .unconditional, help: "Size of the drills' numbers: small, lecture (default) or real.")
    var difficulty: String?

    @Flag(name: .long, help: "A seeded mix of bank questions and drills across everything.")
    var mixed = false

    @Option(name: .long, parsing: .unconditional, help: "How many questions (default 10, at most \(QuizCommand.maxCount)).")
    var count: Int = 10

    @Flag(name: .long, help: "No fixed length: go on until q (on screen) or until the input ends (--plain).")
    var endless = false

    @Option(name: .long, parsing: .unconditional, help: "Seed for the choice and order of questions (printed; the same seed gives the same quiz).")
    var seed: UInt64?

    @Flag(name: .long, help: "Questions on stdout, one answer per line on stdin (a / a,c / true / 27).")
    var plain = false

    @OptionGroup var global: GlobalOptions

    /// The most questions one quiz asks (generated drills are made up front).
    static let maxCount = 1_000

    mutating func validate() throws {
        guard (1...Self.maxCount).contains(count) else {
            throw ValidationError(RangeMessage.wholeNumber("--count", 1...Self.maxCount, got: count))
        }
    }

    mutating func run() throws {
        let context = try Context.load(global)
        let plan = try QuizFilters.plan(lecture: lecture, concepts: concept, source: source, generated: generated, drills: drill,
                                        difficulty: difficulty, mixed: mixed,
                                        seed: seed ?? UInt64(context.now() * 1000) % 1_000_000, count: endless ? nil : count)
        let items = plan.questions(bank: context.library.quizItems)
        guard !items.isEmpty else {
            printError("error: no questions match; see `dlstudy list`")
            throw ExitCodeError.failure
        }
        let store = try StoreAccess.open(context)
        let session = QuizSession(plan: plan, bank: context.library.quizItems, now: context.now())
        if plain {
            try PlainQuizRunner.run(session, store: store, context: context)
            return
        }
        try AppRunner.run(context: context, options: global, store: store) { state in
            App.openQuiz(&state, session, alone: true)
        }
    }
}
