import Foundation

/// Loads `Lessons/*.yaml` and `Quizzes/*.yaml` from a content root. A broken file never stops the
/// rest from loading; it is listed with its diagnostics.
public enum ContentLoader {
    /// Largest content file read, in bytes (the largest shipped one is about 20 KB).
    public static let maxFileBytes = 2_000_000

    /// Loads the content root (a folder holding Lessons/ and Quizzes/).
    public static func load(root: String) -> ContentLibrary {
        let files = ["Lessons", "Quizzes"].flatMap { yamlFiles(in: (root as NSString).appendingPathComponent($0)) }
        return load(files: files, root: root)
    }

    /// Loads specific files (lesson or quiz, told apart by their folder or their top-level key).
    public static func load(files: [String], root: String = "") -> ContentLibrary {
        var lessons: [Lesson] = []
        var items: [QuizItem] = []
        var diagnostics: [Diagnostic] = []
        for path in files where !isGlossary(path) {
            let display = displayPath(path, root: root)
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(Diagnostic(file: display, line: 1, column: 1, message: "cannot read the file"))
                continue
            }
            guard data.count <= maxFileBytes else {
                diagnostics.append(Diagnostic(file: display, line: 1, column: 1,
                                              message: "the file is \(data.count) bytes long; a content file may be at most \(maxFileBytes) bytes"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(file: display, line: 1, column: 1, message: "the file is not UTF-8 text"))
                continue
            }
            if isQuizFile(path: path, text: text) {
                let (_, parsed, diags) = QuizParser.parse(text, file: display)
                items += parsed
                diagnostics += diags
            } else {
                let (lesson, diags) = LessonParser.parse(text, file: display)
                if let lesson {
                    let expected = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
                    if lesson.id != expected {
                        diagnostics.append(Diagnostic(file: display, line: 1, column: 1,
                                                      message: "lesson id '\(lesson.id)' does not match the file name '\(expected)'"))
                    }
                    lessons.append(lesson)
                }
                diagnostics += diags
            }
        }
        diagnostics += ContentValidator.crossCheck(lessons: lessons, items: items)
        diagnostics += CalcValidator.check(lessons: lessons, items: items)
        let broken = Array(Set(diagnostics.map(\.file))).sorted()
        let usableLessons = lessons.filter { !$0.pages.isEmpty }
        return ContentLibrary(root: root, lessons: usableLessons, quizItems: items, brokenFiles: broken,
                              diagnostics: diagnostics.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) })
    }

    /// The `.yaml`/`.yml` files directly inside `dir`, sorted.
    public static func yamlFiles(in dir: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { (dir as NSString).appendingPathComponent($0) }
    }

    /// `Lessons/glossary.yaml` is not a lesson: `dlstudy check` reads it with `Glossary.parse`.
    public static func isGlossary(_ path: String) -> Bool {
        (path as NSString).lastPathComponent == Glossary.fileName
    }

    /// The glossary file of a content root, `Lessons/glossary.yaml`.
    public static func glossaryPath(root: String) -> String {
        ((root as NSString).appendingPathComponent("Lessons") as NSString).appendingPathComponent(Glossary.fileName)
    }

    private static func isQuizFile(path: String, text: String) -> Bool {
        let parent = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        if parent == "Quizzes" { return true }
        if parent == "Lessons" { return false }
        return text.split(separator: "\n").contains { $0.hasPrefix("set:") || $0.hasPrefix("items:") }
    }

    private static func displayPath(_ path: String, root: String) -> String {
        guard !root.isEmpty else { return path }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
