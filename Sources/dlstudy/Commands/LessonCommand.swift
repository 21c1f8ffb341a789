import ArgumentParser
import DLContent
import DLStudyApp

/// `dlstudy lesson ID`: opens one lesson, or prints it with `--plain`.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Open a lesson (or print it with --plain).")

    @Argument(help: "The lesson id (see `dlstudy list`).")
    var id: String

    @Option(name: .long, parsing: .unconditional, help: "Page to open (1-based).")
    var page: Int?

    @Flag(name: .long, help: "Print the lesson's pages as text instead of opening it.")
    var plain = false

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let context = try Context.load(global)
        guard let lesson = context.library.lesson(id) else {
            let close = ContentIDs.closest(id, among: context.library.lessons.map(\.id))
            let hint = close.isEmpty ? "see `dlstudy list`" : "did you mean: \(close.joined(separator: ", "))?"
            throw usageError("unknown lesson '\(id)'; \(hint)")
        }
        if let page, !(1...lesson.pages.count).contains(page) {
            throw usageError("--page must be between 1 and \(lesson.pages.count) for lesson '\(id)', got \(page)")
        }
        if plain {
            let rendered = PlainLesson.render(lesson, language: context.language, evaluate: CalcEvaluator.placeholder)
            Output.text(rendered.text, terminator: "")
            for problem in rendered.problems { printError("error: \(problem)") }
            if !rendered.problems.isEmpty { throw ExitCodeError.failure }
            return
        }
        let target = page.map { $0 - 1 }
        try AppRunner.run(context: context, options: global) { state in
            App.openLesson(&state, id: lesson.id, page: target, alone: true)
        }
    }
}
