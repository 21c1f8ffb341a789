import ArgumentParser
import DLContent
import DLStudyApp
import Foundation

/// `dlstudy review`: the items due for review first, then the ones last answered wrong.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review due and missed questions (FSRS-6 schedule).")

    @Option(name: .long, parsing: .unconditional, help: "At most this many questions (default 20, at most \(QuizCommand.maxCount)).")
    var count: Int = 20

    @Flag(name: .long, help: "Questions on stdout, one answer per line on stdin.")
    var plain = false

    @Flag(name: .long, help: "Only list the queued item ids with their due time, then exit.")
    var list = false

    @OptionGroup var global: GlobalOptions

    mutating func validate() throws {
        guard (1...QuizCommand.maxCount).contains(count) else {
            throw ValidationError("--count must be between 1 and \(QuizCommand.maxCount), got \(count)")
        }
    }

    mutating func run() throws {
        let context = try Context.load(global)
        let store = try StoreAccess.open(context)
        let history = try StoreAccess.history(store)
        let now = Date().timeIntervalSince1970
        let items = ReviewQueue.review(context.library.quizItems, history: history, now: now, limit: count)
        if list {
            for item in items {
                guard let review = history.reviews[item.id] else { continue }
                let state = review.card.due <= now ? "due" : (review.lastCorrect ? "scheduled" : "missed")
                let when = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: review.card.due))
                Output.text("\(item.id)\t\(state)\t\(when)")
            }
            return
        }
        guard !items.isEmpty else {
            Output.text(context.language == .en ? "Nothing to review: no questions are due or missed." : "복습할 문항이 없습니다: 기한이 되었거나 틀린 문항이 없어요.")
            return
        }
        if plain {
            try PlainQuizRunner.run(items, seed: nil, store: store, context: context)
            return
        }
        try AppRunner.run(context: context, options: global, store: store) { state in
            App.openQuiz(&state, QuizSession(items: items, title: LocalizedText(en: "Review", ko: "복습"), now: state.clock()), alone: true)
        }
    }
}
