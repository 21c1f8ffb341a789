import DLContent
import TUIKit

extension App {
    /// Renders the state into a frame the size of the terminal.
    public static func view(_ state: AppState) -> Frame {
        var frame = Frame(size: state.size)
        guard state.size.width > 0, state.size.height > 0 else { return frame }
        if state.isTooSmall {
            TooSmallView.draw(state: state, into: &frame)
            return frame
        }
        switch state.current {
        case .home(let home): HomeView.draw(home, state: state, into: &frame)
        case .lesson(let viewer): LessonView.draw(viewer, state: state, into: &frame)
        case .quiz(let session): QuizView.draw(session, state: state, into: &frame)
        case .quizMenu(let menu): QuizMenuView.draw(menu, state: state, into: &frame)
        case .stats(let stats): StatsView.draw(stats, state: state, into: &frame)
        }
        if state.helpVisible { HelpOverlay.draw(state: state, into: &frame) }
        return frame
    }
}
