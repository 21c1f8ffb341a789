/// A lesson: a titled sequence of pages for one lecture, tagged with syllabus concepts.
public struct Lesson: Equatable, Sendable {
    public var id: String
    public var lecture: Int
    public var order: Int
    public var title: LocalizedText
    public var concepts: [String]
    public var pages: [LessonPage]
    /// The file the lesson came from.
    public var file: String
    /// Line of the lesson's title in its file (for diagnostics).
    public var titleLine: Int = 1
}

/// One page of a lesson: prose in both languages and optionally one interactive scene.
public struct LessonPage: Equatable, Sendable {
    public var id: String?
    public var concepts: [String]
    public var title: LocalizedText
    public var body: LocalizedText
    public var scene: SceneSpec?
    /// Line of the page in its file (for diagnostics).
    public var line: Int
    /// Line of the page's title (for diagnostics).
    public var titleLine: Int = 1
}

/// A scene reference in a lesson page: the scene type and its parameters (shared by both languages).
public struct SceneSpec: Equatable, Sendable {
    public var type: String
    public var params: [String: ContentValue]
    public var line: Int
    /// The notes' figures of the content the page was loaded with, for scenes that show them.
    public var figures: NotesFigures

    public init(type: String, params: [String: ContentValue], line: Int, figures: NotesFigures = .empty) {
        self.type = type; self.params = params; self.line = line; self.figures = figures
    }
}

/// A plain value tree read from a content file (scene parameters).
public indirect enum ContentValue: Equatable, Sendable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case list([ContentValue])
    case map([String: ContentValue])

    /// The value as an integer, if it is a whole number.
    public var int: Int? {
        if case .number(let d) = self, d.rounded() == d, abs(d) < 1e15 { return Int(d) }
        return nil
    }
    /// The value as a number.
    public var number: Double? { if case .number(let d) = self { return d }; return nil }
    /// The value as a string.
    public var string: String? { if case .string(let s) = self { return s }; return nil }
    /// The value as a list.
    public var list: [ContentValue]? { if case .list(let l) = self { return l }; return nil }
}
