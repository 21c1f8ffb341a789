import ArgumentParser
import DLContent
import DLEngine
import Foundation

/// `dlstudy list`: the lessons and quiz items, as a table or as JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List lessons and quiz items (with --json: machine-readable, with concept ids).")

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let context = try Context.load(global)
        let lib = context.library
        let lessons = Syllabus.lectures.flatMap { lib.lessons(lecture: $0.number) }
        if json {
            Output.json(Self.json(lessons: lessons, items: lib.quizItems).serialized)
            return
        }
        let lang = context.language
        for (number, title) in Syllabus.lectures {
            let group = lib.lessons(lecture: number)
            guard !group.isEmpty else { continue }
            Output.text(title.text(lang))
            for lesson in group {
                let broken = lib.isBroken(lesson) ? "  (!)" : ""
                Output.text("  \(lesson.id.padding(toLength: 24, withPad: " ", startingAt: 0)) \(lesson.title.text(lang)) · \(lesson.pages.count)p\(broken)")
            }
            let items = lib.quizItems.filter { $0.lecture == number }.count
            Output.text("  quiz items: \(items)")
        }
        if !lib.brokenFiles.isEmpty {
            Output.text("\(lib.brokenFiles.count) file(s) with problems: run `dlstudy check`")
        }
    }

    /// `{"lessons":[{"concepts":[…],"id":…,"lecture":4,"pages":5,"title":{"en":…,"ko":…}}],"quiz_items":[{"concepts":[…],"id":…,"kind":…,"lecture":4}]}`.
    static func json(lessons: [Lesson], items: [QuizItem]) -> JSONValue {
        func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
        return .object([
            "lessons": .array(lessons.map { lesson in
                .object([
                    "id": .string(lesson.id), "lecture": .number(Double(lesson.lecture)),
                    "title": .object(["en": .string(lesson.title.en), "ko": .string(lesson.title.ko)]),
                    "concepts": strings(lesson.concepts), "pages": .number(Double(lesson.pages.count)),
                ])
            }),
            "quiz_items": .array(items.map { item in
                .object([
                    "id": .string(item.id), "lecture": .number(Double(item.lecture)),
                    "kind": .string(item.kind.rawValue), "concepts": strings(item.concepts),
                ])
            }),
        ])
    }
}
