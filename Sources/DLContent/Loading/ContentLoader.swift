import Foundation

/// Loads `Lessons/*.yaml` and `Quizzes/*.yaml` from a content root. A broken file never stops the
/// rest from loading; it is listed with its diagnostics.
public enum ContentLoader {
    /// Largest content file read, in bytes (the largest shipped one is about 20 KB).
    public static let maxFileBytes = 2_000_000

    /// Loads the content root (a folder holding Lessons/ and Quizzes/).
    public static func load(root: String) -> ContentLibrary {
        load(files: contentFiles(root: root), root: root)
    }

    /// Loads the content root like `load(root:)`, but takes the overview (all the home screen
    /// shows) from the cache in `cacheDirectory` when it was made from these exact files by this
    /// exact binary, and parses the lessons and quiz items only when first used. Otherwise loads
    /// everything now and writes the cache.
    public static func load(root: String, cacheDirectory: String, binaryVersion: String) -> ContentLibrary {
        let files = read(contentFiles(root: root))
        let cache = ContentCache(directory: cacheDirectory)
        let key = ContentCache.key(files: files, root: root, binaryVersion: binaryVersion)
        if let overview = cache.overview(for: key) {
            return ContentLibrary(root: root, overview: overview) { parse(files, root: root) }
        }
        let loaded = parse(files, root: root)
        let library = ContentLibrary(root: root, loaded: loaded)
        cache.store(library.overview, for: key)
        return library
    }

    /// Loads specific files (lesson or quiz, told apart by their folder or their top-level key).
    public static func load(files: [String], root: String = "") -> ContentLibrary {
        ContentLibrary(root: root, loaded: parse(read(withNotesFigures(files)), root: root))
    }

    /// The lesson and quiz files of a content root.
    static func contentFiles(root: String) -> [String] {
        ["Lessons", "Quizzes"].flatMap { yamlFiles(in: (root as NSString).appendingPathComponent($0)) }
    }

    /// One content file's path and bytes (nil when it cannot be read).
    struct File: Sendable {
        var path: String
        var data: Data?
    }

    static func read(_ paths: [String]) -> [File] {
        paths.map { File(path: $0, data: FileManager.default.contents(atPath: $0)) }
    }

    /// Parses and validates files already read.
    static func parse(_ files: [File], root: String) -> LoadedContent {
        var lessons: [Lesson] = []
        var items: [QuizItem] = []
        var diagnostics: [Diagnostic] = []
        let figures = parseNotesFigures(files, root: root, diagnostics: &diagnostics)
        for file in files where !isGlossary(file.path) && !NotesFigures.isFigures(file.path) {
            let path = file.path
            let display = displayPath(path, root: root)
            guard let text = text(of: file, display: display, diagnostics: &diagnostics) else { continue }
            if isQuizFile(path: path, text: text) {
                let (_, parsed, diags) = QuizParser.parse(text, file: display)
                items += parsed
                diagnostics += diags
            } else {
                let (lesson, diags) = LessonParser.parse(text, file: display, figures: figures.beside(path))
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
        return LoadedContent(lessons: lessons.filter { !$0.pages.isEmpty }, quizItems: items, notesFigures: figures.first,
                             diagnostics: diagnostics.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) })
    }

    /// The text of a file read, or nil with the reason in `diagnostics` (unreadable, too long, not UTF-8).
    static func text(of file: File, display: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let data = file.data else {
            diagnostics.append(Diagnostic(file: display, line: 1, column: 1, message: "cannot read the file"))
            return nil
        }
        guard data.count <= maxFileBytes else {
            diagnostics.append(Diagnostic(file: display, line: 1, column: 1,
                                          message: "the file is \(data.count) bytes long; a content file may be at most \(maxFileBytes) bytes"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(Diagnostic(file: display, line: 1, column: 1, message: "the file is not UTF-8 text"))
            return nil
        }
        return text
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

    static func displayPath(_ path: String, root: String) -> String {
        guard !root.isEmpty else { return path }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
