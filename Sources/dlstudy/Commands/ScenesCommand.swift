import ArgumentParser
import DLContent
import TUIKit

/// `dlstudy scenes [TYPE] [--json]`: every scene type a lesson page may use, with its parameters
/// (name, kind, range, default, meaning), generated from the typed definitions.
struct ScenesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenes",
        abstract: "List the scene types a lesson page may use, with their parameters (see Lessons/README.md).")

    @Argument(help: "One scene type (e.g. conv-stepper); all when left out.")
    var type: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        var definitions = SceneCatalog.definitions
        if let type {
            guard let one = SceneCatalog.definition(type) else {
                throw usageError("unknown scene type '\(Sanitizer.clean(type))'\(ContentIDs.suggestion(type, among: SceneCatalog.types)); known: \(SceneCatalog.types.joined(separator: ", "))")
            }
            definitions = [one]
        }
        if json {
            Output.json(SceneReference.json(definitions).serialized)
        } else {
            Output.text(SceneReference.text(definitions, language: global.language), terminator: "")
        }
    }
}
