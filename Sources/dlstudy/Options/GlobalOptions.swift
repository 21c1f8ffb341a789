import ArgumentParser
import DLContent
import DLEngine

/// Options every dlstudy command understands.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: "Language: en or ko (default: $DLSTUDY_LANG, then LANG/LC_ALL starting with ko, else en).")
    var lang: String?

    @Option(name: .long, parsing: .unconditional, help: "Folder holding Lessons/ and Quizzes/ (default: $DLSTUDY_CONTENT, next to the executable, the repository).")
    var content: String?

    @Option(name: .long, parsing: .unconditional, help: "Folder for progress and history (default: $XDG_DATA_HOME/dlstudy or ~/.local/share/dlstudy).")
    var data: String?

    @Flag(name: .long, help: "Draw with ASCII only (boxes, markers, heat maps).")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "No colours, attributes only (NO_COLOR is honoured too).")
    var noColor = false

    @Flag(name: .customLong("exit-after-first-frame"), help: .hidden)
    var exitAfterFirstFrame = false

    mutating func validate() throws {
        if data?.isEmpty == true { throw ValidationError("--data needs a folder; it was given an empty path") }
        if content?.isEmpty == true { throw ValidationError("--content needs a folder; it was given an empty path") }
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError(RangeMessage.text("--lang", mustBe: "en or ko", got: lang))
        }
    }
}
