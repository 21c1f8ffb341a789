import DLContent
import TUIKit

/// A lesson as plain text (for `dlstudy lesson ID --plain`, pipes and screen readers).
public enum PlainLesson {
    /// Renders every page: a header line per page, then the prose wrapped to `width` columns, then the
    /// scene's steps. A scene that cannot be built is left out and its problems returned (for stderr).
    public static func render(_ lesson: Lesson, language: Language, width: Int = 78,
                              evaluate: (String) -> String?) -> (text: String, problems: [String]) {
        var problems: [String] = []
        var out = "\(lesson.title.text(language))\n"
        out += String(repeating: "=", count: min(width, DisplayWidth.of(lesson.title.text(language)))) + "\n"
        for (index, page) in lesson.pages.enumerated() {
            out += "\n[\(index + 1)/\(lesson.pages.count)] \(Sanitizer.clean(page.title.text(language)))\n\n"
            let text = Placeholders.expand(page.body.text(language), evaluate: evaluate)
            for line in Markdown.render(text, width: width, ascii: false) {
                out += line.map(\.text).joined() + "\n"
            }
            guard let spec = page.scene else { continue }
            switch SceneFactory.build(spec) {
            case .success(let scene):
                out += "\n"
                for line in scene.plainLines(SceneContext(language: language, ascii: false, color: false), width: width) {
                    out += Sanitizer.clean(line) + "\n"
                }
                out += (language == .en ? "reopen: " : "다시 열기: ") + Sanitizer.clean(LessonViewerState.shareCommand(lesson, page: index, scene: scene)) + "\n"
            case .failure(let p):
                problems += SceneProblemBox.plainLines(p, type: spec.type, page: index + 1).map { "\(lesson.file):\(spec.line): \($0)" }
            }
        }
        return (out, problems)
    }
}
