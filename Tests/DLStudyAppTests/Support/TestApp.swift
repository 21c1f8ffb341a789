import DLContent
import DLStudyApp
import Foundation
import TUIKit

/// Builds app states on the committed fixture content (Tests/Fixtures/content).
enum TestApp {
    static var contentRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/content").path
    }

    static func state(width: Int = 80, height: Int = 24, language: Language = .en, ascii: Bool = false,
                      root: String? = nil) -> AppState {
        let library = ContentLoader.load(root: root ?? contentRoot)
        return AppState(library: library, language: language, options: AppOptions(ascii: ascii), size: Size(width: width, height: height))
    }

    /// Sends keys one after another, returning all effects.
    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { App.update(&state, .key($0)) }
    }
}
