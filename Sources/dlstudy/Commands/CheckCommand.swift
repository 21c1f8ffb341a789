import ArgumentParser
import DLContent
import Foundation

/// `dlstudy check [PATH...]`: validates content files and prints `file:line:column: message`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lesson and quiz files; prints file:line:column: message per problem, exit 1 if any.")

    @Argument(help: "Files or folders to check (default: the whole content folder).")
    var paths: [String] = []

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let library: ContentLibrary
        var glossaryFiles: [String] = []
        if paths.isEmpty {
            library = try Context.load(global).library
            glossaryFiles = [ContentLoader.glossaryPath(root: library.root)]
        } else {
            var files: [String] = []
            for path in paths {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    throw usageError("no such file or folder: \(path)")
                }
                if isDir.boolValue {
                    let sub = ContentLoader.yamlFiles(in: path)
                        + ["Lessons", "Quizzes"].flatMap { ContentLoader.yamlFiles(in: (path as NSString).appendingPathComponent($0)) }
                    files += sub
                } else {
                    files.append(path)
                }
            }
            library = ContentLoader.load(files: files)
            glossaryFiles = files.filter(ContentLoader.isGlossary)
        }
        let (glossaryProblems, warnings) = GlossaryCheck.check(glossaryFiles: glossaryFiles, library: library)
        let problems = library.diagnostics + glossaryProblems + AnswerBalanceCheck.problems(items: library.quizItems)
        for d in problems { Output.text(d.description) }
        for w in warnings { Output.text(w.description) }
        if problems.isEmpty {
            let warned = warnings.isEmpty ? "" : ", \(warnings.count) warning(s)"
            Output.text("ok: \(library.lessons.count) lessons, \(library.quizItems.count) quiz items\(warned)")
        } else {
            printError("\(problems.count) problem(s) in \(Set(problems.map(\.file)).count) file(s)")
            throw ExitCodeError.failure
        }
    }
}
