import ArgumentParser
import DLContent
import DLStudyApp
import Foundation

/// `dlstudy export --format tsv`: the question bank (or only missed items) as Anki-importable TSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export quiz questions as Anki-importable TSV on stdout.")

    @Option(name: .long, parsing: .unconditional, help: "Output format (only tsv).")
    var format: String = "tsv"

    @Flag(name: .long, help: "Only the items last answered wrong.")
    var missed = false

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        guard format == "tsv" else {
            throw usageError("unknown --format '\(format)'; valid formats: tsv")
        }
        let context = try Context.load(global)
        var items = context.library.quizItems
        if missed {
            let store = try StoreAccess.open(context)
            let history = try StoreAccess.history(store)
            items = items.filter { history.reviews[$0.id].map { !$0.lastCorrect } ?? false }
        }
        let text = QuizText(language: context.language, evaluate: CalcEvaluator.placeholder)
        Output.text(AnkiTSV.render(items, text: text), terminator: "")
    }
}
