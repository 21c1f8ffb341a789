import DLContent
import TUIKit

/// Everything that can happen to the app: a key, a resize, a timer tick.
public enum Msg: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case tick
}

/// Side effects the app asks its runner to perform, as values (so tests can see them).
public enum Effect: Equatable, Sendable {
    case saveProgress(LessonProgress)
    /// Store one quiz answer now (and update its review state when `schedule`).
    case recordAnswer(AnswerRecord, schedule: Bool)
    /// Remember the quiz menu's choices.
    case savePreferences(QuizPreferences)
    case quit
}
