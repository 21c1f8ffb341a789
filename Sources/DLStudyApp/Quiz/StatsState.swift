import DLContent
import TUIKit

/// The statistics screen's state: the selected cell of the concept-mastery grid (an index into
/// `Syllabus.concepts`).
public struct StatsState: Equatable, Sendable {
    public var selected = 0
    public init(selected: Int = 0) { self.selected = selected }

    /// The selected concept.
    public var concept: Concept? { Syllabus.concepts.indices.contains(selected) ? Syllabus.concepts[selected] : nil }

    /// Moves along the syllabus (← →) or to the nearest column of the lecture above or below (↑ ↓).
    mutating func move(_ command: StatsCommand) {
        let all = Syllabus.concepts
        guard !all.isEmpty else { return }
        let lectures = Syllabus.lectures.map(\.number)
        let current = all[min(selected, all.count - 1)]
        let row = all.indices.filter { all[$0].lecture == current.lecture }
        let column = row.firstIndex(of: selected) ?? 0
        switch command {
        case .left: selected = max(0, selected - 1)
        case .right: selected = min(all.count - 1, selected + 1)
        case .up, .down:
            guard let li = lectures.firstIndex(of: current.lecture) else { return }
            let target = li + (command == .up ? -1 : 1)
            guard lectures.indices.contains(target) else { return }
            let next = all.indices.filter { all[$0].lecture == lectures[target] }
            if let last = next.last { selected = next.indices.contains(column) ? next[column] : last }
        default: break
        }
    }
}

/// What a key does on the statistics screen.
enum StatsCommand: Equatable, Sendable {
    case up, down, left, right, practise, openLesson, back
}

/// The statistics screen's key table.
enum StatsKeys {
    typealias Binding = KeyTable<StatsCommand>.Binding

    static let table = KeyTable<StatsCommand>([
        Binding([.left, .char("h")], .left,
                help: UIText.t("choose a concept in the grid", "표에서 개념 고르기"), footer: ("←→↑↓", UIText.t("concept", "개념"))),
        Binding([.right, .char("l")], .right),
        Binding([.up, .char("k")], .up),
        Binding([.down, .char("j")], .down),
        Binding([.enter, .char(" ")], .practise,
                help: UIText.t("practise the concept", "이 개념 연습하기"), footer: ("Enter", UIText.t("practise", "연습"))),
        Binding([.char("o")], .openLesson, help: UIText.t("open its lesson (q returns)", "강의 열기 (q로 돌아오기)"),
                footer: ("o", UIText.t("lesson", "강의"))),
        Binding([.char("q"), .escape], .back, help: UIText.t("back", "뒤로"), footer: ("q", UIText.back)),
    ])

    static func command(for key: Key) -> StatsCommand? { table.command(for: key) }
    static func footer(_ state: AppState) -> [KeyHint] { table.footer(state) }
    static func help(_ tr: (LocalizedText) -> String) -> [KeyHint] { table.help(tr) }
}

extension App {
    static func updateStats(_ state: inout AppState, _ start: StatsState, _ key: Key) -> [Effect] {
        var stats = start
        guard let command = StatsKeys.command(for: key) else { return [] }
        switch command {
        case .back: return popScreen(&state)
        case .practise:
            guard let concept = stats.concept else { return [] }
            return startPlan(&state, .concepts([concept.id]), endless: false)
        case .openLesson:
            guard let concept = stats.concept else { return [] }
            guard let lesson = Syllabus.lectures.flatMap({ state.library.lessons(lecture: $0.number) })
                .first(where: { $0.concepts.contains(concept.id) }) else {
                state.status = state.tr(UIText.t("No lesson teaches this concept yet.", "아직 이 개념을 다루는 강의가 없어요."))
                return []
            }
            let page = lesson.pages.contains { $0.id == concept.id } ? "#\(concept.id)" : ""
            return openLessonLink(&state, lesson.id + page)
        default:
            stats.move(command)
            state.stack[state.stack.count - 1] = .stats(stats)
            return []
        }
    }
}
