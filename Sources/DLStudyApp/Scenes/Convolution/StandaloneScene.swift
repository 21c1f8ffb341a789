import DLContent
import TUIKit

/// Opens a scene on its own (as `dlstudy conv` and `dlstudy pool` do): a one-page lesson without
/// prose that hosts the scene; leaving it quits.
public enum StandaloneScene {
    /// Replaces the screens with a page titled `title` showing `scene`.
    public static func open(_ state: inout AppState, scene: any LessonScene, title: String) {
        let quoted = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let yaml = """
        id: scene-\(abs(title.hashValue % 1000))
        lecture: 4
        order: 999
        title: {en: \(quoted), ko: \(quoted)}
        concepts: []
        pages:
          - title: {en: \(quoted), ko: \(quoted)}
            body: {en: "", ko: ""}
        """
        guard let lesson = LessonParser.parse(yaml, file: "<command>").0 else { return }
        var viewer = LessonViewerState(lesson: lesson, page: 0)
        viewer.scene = scene
        state.stack = [.lesson(viewer)]
    }
}
