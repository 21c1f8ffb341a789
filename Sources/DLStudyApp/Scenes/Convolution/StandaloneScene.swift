import DLContent
import TUIKit

/// Opens a scene on its own (as `dlstudy conv` and `dlstudy pool` do): a one-page lesson without
/// prose that hosts the scene; leaving it quits.
public enum StandaloneScene {
    /// Replaces the screens with a page titled `title` with a one-line `note` above `scene`.
    public static func open(_ state: inout AppState, scene: any LessonScene, title: String, note: LocalizedText) {
        let quote = { (s: String) in "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        let quoted = quote(title)
        let yaml = """
        id: command-scene
        lecture: 4
        order: 999
        title: {en: \(quoted), ko: \(quoted)}
        concepts: []
        pages:
          - title: {en: \(quoted), ko: \(quoted)}
            body: {en: \(quote(note.en)), ko: \(quote(note.ko))}
        """
        guard let lesson = LessonParser.parse(yaml, file: "<command>").0 else { return }
        var viewer = LessonViewerState(lesson: lesson, page: 0)
        viewer.scene = scene
        state.stack = [.lesson(viewer)]
    }
}
