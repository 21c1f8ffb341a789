import ArgumentParser
import DLContent
import Foundation

/// `dlstudy list`: the lessons and quiz items, as a table or as JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List lessons and quiz items (with --json: machine-readable, with concept ids).")

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    struct LessonEntry: Encodable {
        var id: String
        var lecture: Int
        var title: LocalizedText
        var concepts: [String]
        var pages: Int
    }

    struct ItemEntry: Encodable {
        var id: String
        var lecture: Int
        var kind: String
        var concepts: [String]
    }

    struct Listing: Encodable {
        var lessons: [LessonEntry]
        var quiz_items: [ItemEntry]
    }

    mutating func run() throws {
        let context = try Context.load(global)
        let lib = context.library
        let lessons = Syllabus.lectures.flatMap { lib.lessons(lecture: $0.number) }
        if json {
            let listing = Listing(
                lessons: lessons.map { LessonEntry(id: $0.id, lecture: $0.lecture, title: $0.title, concepts: $0.concepts, pages: $0.pages.count) },
                quiz_items: lib.quizItems.map { ItemEntry(id: $0.id, lecture: $0.lecture, kind: $0.kind.rawValue, concepts: $0.concepts) })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(listing)
            Output.json(String(decoding: data, as: UTF8.self))
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
}
