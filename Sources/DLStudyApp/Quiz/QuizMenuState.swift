import DLContent

/// The quiz menu the home screen's Quiz entry opens: which page of choices is shown, the selected
/// row and the scroll offset, and where each parent page was left.
public struct QuizMenuState: Equatable, Sendable {
    /// The pages of the menu.
    public enum Page: Equatable, Sendable {
        case main, lectures, lectureQuizzes, concepts, drills
    }

    /// A page left for a sub-page, with the row that was selected there.
    struct Parent: Equatable, Sendable {
        var page: Page
        var selected: Int
    }

    public var page: Page = .main
    public var selected = 0
    public var scroll = 0
    var parents: [Parent] = []

    public init() {}

    /// Opens a sub-page, remembering where this one was.
    mutating func push(_ next: Page) {
        parents.append(Parent(page: page, selected: selected))
        page = next; selected = 0; scroll = 0
    }

    /// Back to the parent page; false on the main page.
    mutating func pop() -> Bool {
        guard let parent = parents.popLast() else { return false }
        page = parent.page; selected = parent.selected; scroll = 0
        return true
    }
}

/// What choosing a menu row does.
enum QuizMenuAction: Equatable {
    case review
    case open(QuizMenuState.Page)
    case start(QuizPlan.Source)
    /// Drills are endless until `q`.
    case startEndless(QuizPlan.Source)
    case cycleLength
    case cycleDifficulty
    case unavailable(LocalizedText)
}

/// One row of a menu page: a label, a live count or note, an optional bar (0...1) and the action.
struct QuizMenuRow: Equatable {
    var label: String
    var detail: String
    /// A filled fraction to draw as a bar; `.some(nil)` draws the "unseen" marker.
    var bar: Double??
    var action: QuizMenuAction
    /// Rows whose value is changed with ← → (length, difficulty).
    var isSetting = false
}
