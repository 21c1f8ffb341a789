import DLContent
import DLStudyApp
import Foundation
import TUIKit

/// App states on the repository's real lessons, opened at a page with a Convolution-family scene.
enum ConvolutionSceneSupport {
    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// The state with lesson `id` open at the page whose id is `pageID`.
    static func state(lesson id: String, page pageID: String, width: Int = 80, height: Int = 24,
                      language: Language = .en, ascii: Bool = false) -> AppState {
        var state = TestApp.state(width: width, height: height, language: language, ascii: ascii, root: repositoryRoot)
        let page = state.library.lesson(id)?.pages.firstIndex { $0.id == pageID } ?? 0
        _ = App.openLesson(&state, id: id, page: page, alone: true)
        return state
    }

    /// The lesson viewer on top, if any.
    static func viewer(_ state: AppState) -> LessonViewerState? {
        if case .lesson(let v) = state.current { return v }
        return nil
    }

    /// Dumps the screen to stderr (for reviewing while developing).
    static func show(_ state: AppState) {
        FileHandle.standardError.write(Data((App.view(state).text + "\n" + String(repeating: "=", count: 40) + "\n").utf8))
    }
}
