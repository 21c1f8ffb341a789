import ArgumentParser
import DLContent
import DLEngine
import DLStudyApp
import Foundation

/// `dlstudy review`: the items due for review first, then the ones last answered wrong (the same
/// `ReviewBoard` as the home screen, the quiz menu and `stats`).
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review due and missed questions (FSRS-6 schedule).")

    @Option(name: .long, parsing: .unconditional, help: "At most this many questions (default 20, at most \(QuizCommand.maxCount)).")
    var count: Int = 20

    @Flag(name: .long, help: "Questions on stdout, one answer per line on stdin.")
    var plain = false

    @Flag(name: .long, help: "Only list the queued item ids (id<TAB>due|missed<TAB>due time), then exit.")
    var list = false

    @OptionGroup var global: GlobalOptions

    mutating func validate() throws {
        guard (1...QuizCommand.maxCount).contains(count) else {
            throw ValidationError(RangeMessage.wholeNumber("--count", 1...QuizCommand.maxCount, got: count))
        }
    }

    mutating func run() throws {
        let context = try Context.load(global)
        let store = try StoreAccess.open(context)
        let history = try StoreAccess.history(store)
        let now = context.now()
        let board = ReviewBoard(items: context.library.quizItems, history: history, now: now)
        let items = board.queue(limit: count)
        if list {
            for line in ReviewListing.lines(board, limit: count) { Output.text(line) }
            if items.isEmpty { printError(ReviewListing.nothing(board).text(context.language)) }
            return
        }
        guard !items.isEmpty else {
            Output.text(ReviewListing.nothing(board).text(context.language))
            return
        }
        let session = QuizSession(items: items, title: LocalizedText(en: "Review", ko: "복습"), now: now)
        if plain {
            try PlainQuizRunner.run(session, store: store, context: context)
            return
        }
        try AppRunner.run(context: context, options: global, store: store) { state in
            App.openQuiz(&state, session, alone: true)
        }
    }
}
