import ArgumentParser
import DLContent
import DLStudyApp
import Foundation

/// `dlstudy stats`: answers and accuracy per lecture and concept, activity, due forecast, weakest concepts.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Quiz statistics (the stats screen on a terminal, text otherwise, --json for data).")

    @Flag(name: .long, help: "Print the statistics as JSON.")
    var json = false

    @Flag(name: .long, help: "Print text even on a terminal.")
    var plain = false

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let context = try Context.load(global)
        let store = try StoreAccess.open(context)
        let history = try StoreAccess.history(store)
        let now = context.now()
        let stats = StudyStats(history: history, items: context.library.quizItems, now: now,
                               utcOffset: LocalTime.utcOffset(at: now))
        if json {
            let integrity = (try? store.integrityCheck()) ?? "unreadable"
            Output.json(StatsText.json(stats, database: store.path, integrity: integrity).serialized)
        } else if plain || !isInteractiveTerminal() {
            Output.text(StatsText.plain(stats, language: context.language, now: now), terminator: "")
        } else {
            try AppRunner.run(context: context, options: global, store: store) { state in App.openStats(&state, alone: true) }
        }
    }
}
