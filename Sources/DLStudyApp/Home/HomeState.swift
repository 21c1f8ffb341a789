import DLContent
import TUIKit

/// One row of the home list.
public enum HomeRow: Equatable, Sendable {
    case lecture(Int)
    case lesson(String)
    case quiz
    case stats
}

/// What a key on the home screen leads to.
enum HomeAction: Equatable {
    case none, quit
    case openLesson(String)
    case openQuiz, openStats
    case message(LocalizedText)
}

/// The home screen: the quiz and statistics entries, lessons grouped by lecture, a selection and a
/// scroll offset.
public struct HomeState: Equatable, Sendable {
    public var rows: [HomeRow]
    /// Index into `rows` of the selected row (always a selectable row).
    public var selected: Int
    /// The first row shown.
    public var scroll = 0

    public init(library: ContentLibrary) {
        // The quiz and statistics come first so they are visible on any screen size.
        var rows: [HomeRow] = [.quiz, .stats]
        for lecture in Syllabus.lectures.map(\.number) {
            let lessons = library.lessonOverviews(lecture: lecture)
            guard !lessons.isEmpty else { continue }
            rows.append(.lecture(lecture))
            rows += lessons.map { .lesson($0.id) }
        }
        self.rows = rows
        // Start on the first lesson.
        selected = rows.firstIndex { if case .lesson = $0 { return true }; return false } ?? 0
    }

    static func isSelectable(_ row: HomeRow) -> Bool {
        if case .lecture = row { return false }
        return true
    }

    mutating func move(_ delta: Int) {
        var i = selected
        repeat {
            i += delta
            if i < 0 || i >= rows.count { return }
        } while !Self.isSelectable(rows[i])
        selected = i
    }

    mutating func keepVisible(pageSize: Int) {
        guard pageSize > 0 else { return }
        // Show the lecture header above the first lesson when scrolling up to it.
        var top = selected
        if top > 0, case .lecture = rows[top - 1] { top -= 1 }
        if top < scroll { scroll = top }
        if selected >= scroll + pageSize { scroll = selected - pageSize + 1 }
        scroll = max(0, min(scroll, max(0, rows.count - pageSize)))
    }

    mutating func handle(_ key: Key, library: ContentLibrary, pageSize: Int) -> HomeAction {
        defer { keepVisible(pageSize: pageSize) }
        switch HomeKeys.table.command(for: key) {
        case .up?: move(-1)
        case .down?: move(1)
        case .pageUp?: for _ in 0..<max(1, pageSize - 1) { move(-1) }
        case .pageDown?: for _ in 0..<max(1, pageSize - 1) { move(1) }
        case .first?: if let first = rows.firstIndex(where: Self.isSelectable) { selected = first }
        case .last?: if let last = rows.lastIndex(where: Self.isSelectable) { selected = last }
        case .quit?: return .quit
        case .open?:
            switch rows[selected] {
            case .lesson(let id): return .openLesson(id)
            case .quiz: return library.overview.quizCount == 0 ? .message(LocalizedText(en: "No quiz questions found.", ko: "퀴즈 문항을 찾지 못했습니다.")) : .openQuiz
            case .stats: return .openStats
            case .lecture: return .none
            }
        case nil: break
        }
        return .none
    }
}

/// What a key does on the home screen.
enum HomeCommand: Equatable, Sendable {
    case up, down, pageUp, pageDown, first, last, open, quit
}

/// The home screen's keys: its dispatch, footer and `?` overlay.
enum HomeKeys {
    typealias Binding = KeyTable<HomeCommand>.Binding

    static let table = KeyTable<HomeCommand>(KeyTable.listMoves(up: .up, down: .down, pageUp: .pageUp, pageDown: .pageDown, first: .first, last: .last) + [
        Binding([.enter, .char(" "), .right, .char("l")], .open, help: UIText.t("open the lesson", "강의 열기"),
                footer: ("Enter", UIText.open)),
        Binding([.char("q"), .escape], .quit, help: UIText.t("quit dlstudy", "dlstudy 종료"), footer: ("q", UIText.quit)),
    ])
}
