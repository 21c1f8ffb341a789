import TUIKit
import ArgumentParser
import DLContent
import DLEngine
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

    @Option(name: .long, help: ArgumentHelp("Scene values for the page, as `y` shows them (e.g. \"size=9 kernel=3 stride=2\"); see `dlstudy scenes`.", valueName: "key=value ..."))
    var scene: String?

    @Flag(name: .long, help: "Print the lesson's pages as text instead of opening it.")
    var plain = false

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        var context = try Context.load(global)
        guard var lesson = context.library.lesson(id) else {
            let close = ContentIDs.closest(id, among: context.library.lessons.map(\.id))
            let hint = close.isEmpty ? "see `dlstudy list`" : "did you mean: \(close.joined(separator: ", "))?"
            throw usageError("unknown lesson '\(id)'; \(hint)")
        }
        if let page, !(1...lesson.pages.count).contains(page) {
            throw usageError(RangeMessage.text("--page", mustBe: RangeMessage.wholeNumber(1...lesson.pages.count) + " (the pages of lesson '\(id)')", got: String(page)))
        }
        if let scene {
            lesson = try Self.applying(scene, to: lesson, page: (page ?? 1) - 1)
            context.library.lessons = context.library.lessons.map { $0.id == lesson.id ? lesson : $0 }
        }
        if plain {
            let rendered = PlainLesson.render(lesson, language: context.language, evaluate: CalcEvaluator.placeholder)
            Output.text(rendered.text, terminator: "")
            for problem in rendered.problems { printError("error: \(problem)") }
            if !rendered.problems.isEmpty { throw ExitCodeError.failure }
            return
        }
        let target = page.map { $0 - 1 } ?? (scene != nil ? 0 : nil)
        try AppRunner.run(context: context, options: global) { state in
            App.openLesson(&state, id: lesson.id, page: target, alone: true)
        }
    }

    /// The lesson with page `index`'s scene spec overridden by `text` (`key=value` pairs); a usage
    /// error naming the problem when the page has no scene or the values do not fit its parameters.
    static func applying(_ text: String, to lesson: Lesson, page index: Int) throws -> Lesson {
        guard lesson.pages.indices.contains(index), var spec = lesson.pages[index].scene else {
            throw usageError("--scene: page \(index + 1) of '\(lesson.id)' has no scene")
        }
        switch SceneOverrides.parse(text) {
        case .failure(let p): throw usageError(Sanitizer.clean(p.summary))
        case .success(let values): spec.params.merge(values) { _, new in new }
        }
        let problems = SceneCatalog.validate(spec)
        guard problems.isEmpty else { throw usageError("--scene: \(Sanitizer.clean(problems.joined(separator: "; ")))") }
        var changed = lesson
        changed.pages[index].scene = spec
        return changed
    }
}
