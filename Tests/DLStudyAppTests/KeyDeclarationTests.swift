import DLContent
import TUIKit
import XCTest
@testable import DLStudyApp

/// Keys defined once, checked through the real update function: on every screen and on a page of
/// every scene type, a key that changes anything is listed in the `?` overlay, and every key the
/// overlay lists changes something (from the screen as it opens, or after one other listed key).
final class KeyDeclarationTests: XCTestCase {
    /// Every printable ASCII character and every named key the terminal backend decodes.
    static let universe: [Key] = (0x20...0x7E).compactMap { UnicodeScalar($0).map { Key.char(Character($0)) } }
        + [.up, .down, .left, .right, .enter, .escape, .backspace, .tab, .backTab, .delete, .pageUp, .pageDown, .home, .end]

    /// The overlay's names for keys, written out independently of the app's namer.
    static func keys(named token: String) -> [Key] {
        let named: [String: Key] = ["Space": .char(" "), "Enter": .enter, "Esc": .escape, "⌫": .backspace, "Tab": .tab,
                                    "Shift-Tab": .backTab, "Del": .delete, "PgUp": .pageUp, "PgDn": .pageDown, "Home": .home,
                                    "End": .end, "←": .left, "→": .right, "↑": .up, "↓": .down]
        if let key = named[token] { return [key] }
        if token.hasPrefix("Ctrl-"), token.count == 6, let c = token.last { return [.ctrl(Character(c.lowercased()))] }
        let parts = token.split(separator: "-")
        if token.count > 1, parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a < b {
            return (a...b).map { .char(Character(String($0))) }
        }
        return token.count == 1 ? [.char(Character(token))] : []
    }

    /// The overlay's rows as (keys, text), read from the drawn frame: the key column is separated from
    /// the text by at least two spaces.
    static func overlayRows(_ state: AppState) -> [(keys: [Key], text: String, line: String)] {
        var shown = state
        _ = App.update(&shown, .key(.char("?")))
        let frame = App.view(shown)
        // The box by cell position (a line's characters do not line up with columns: wide glyphs).
        func row(_ y: Int, _ xs: Range<Int>) -> String { xs.map { frame.cell(x: $0, y: y)?.text ?? "" }.joined() }
        let width = frame.size.width
        guard let top = (0..<frame.size.height).first(where: { row($0, 0..<width).contains("┌─ Keys") }),
              let left = (0..<width).first(where: { row(top, $0..<min(width, $0 + 7)) == "┌─ Keys" }),
              let right = (left..<width).first(where: { frame.cell(x: $0, y: top)?.text == "┐" }) else { return [] }
        var rows: [(keys: [Key], text: String, line: String)] = []
        for y in (top + 1)..<frame.size.height {
            let line = row(y, left..<(right + 1))
            if line.contains("└") { break }
            let inner = row(y, (left + 1)..<right).trimmingCharacters(in: .whitespaces)
            guard let gap = inner.range(of: "  ") else { continue }   // the closing line and the blank one
            let column = String(inner[..<gap.lowerBound])
            let text = inner[gap.upperBound...].trimmingCharacters(in: .whitespaces)
            rows.append((column.split(separator: " ").flatMap { keys(named: String($0)) }, text, line))
        }
        return rows
    }

    /// What a key visibly does: the whole drawn screen (also after one tick), whether the app quit,
    /// the screen stack's depth and the screen and page shown.
    struct Print {
        var place: String
        var done: Bool
        var depth: Int
        var view: String
        var state: AppState
        /// The screen after one tick, drawn only when a comparison needs it.
        lazy var ticked: String = {
            var after = state
            _ = App.update(&after, .tick)
            return App.view(after).text
        }()

        init(_ state: AppState) {
            self.state = state
            place = KeyDeclarationTests.place(state); done = state.done; depth = state.stack.count
            view = App.view(state).text
        }

        /// Whether `other` shows anything different, comparing the cheap parts first (the tick last).
        mutating func differs(from other: inout Print) -> Bool {
            if place != other.place || done != other.done || depth != other.depth || view != other.view { return true }
            return ticked != other.ticked
        }
    }

    /// The screen and page (a key that leaves them is not a state to press another key in).
    static func place(_ state: AppState) -> String {
        if case .lesson(let v) = state.current { return "lesson \(v.lesson.id) \(v.page) \(v.sceneCapturesTyping)" }
        return "\(state.stack.count) \(String(describing: state.current).prefix(12))"
    }

    static func press(_ key: Key, _ state: AppState) -> AppState {
        var s = state
        _ = App.update(&s, .key(key))
        return s
    }

    /// Every key a declaration of the screen `state` shows binds: the shared keys, the screen's table
    /// and, in the lesson viewer, the viewer's and the scene's.
    static func declaredKeys(_ state: AppState) -> Set<Key> {
        var keys = AppKeys.table.keys
        switch state.current {
        case .home: keys.formUnion(HomeKeys.table.keys)
        case .lesson(let viewer):
            keys.formUnion(LessonKeys.always(hasScene: viewer.scene != nil).keys)
            keys.formUnion(LessonKeys.unlessScene.keys)
            keys.formUnion(viewer.scene?.boundKeys ?? [])
        case .quiz(let session): keys.formUnion(QuizKeys.table(session).keys)
        case .quizMenu: keys.formUnion(QuizMenuKeys.table.keys)
        case .stats: keys.formUnion(StatsKeys.table.keys)
        }
        return keys
    }

    /// The keys pressed on a screen: every named key, every key a declaration binds or the overlay
    /// lists, and a fixed third of the other printable characters (a key handled outside the tables).
    static func pressed(_ state: AppState, listed: Set<Key>) -> [Key] {
        let named = universe.filter { if case .char = $0 { return false }; return true }
        let sample = universe.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        let chosen = Set(named + sample).union(listed).union(declaredKeys(state))
        return universe.filter(chosen.contains) + chosen.subtracting(universe).sorted { KeyNames.name($0) < KeyNames.name($1) }
    }

    /// Checks both directions on the screen `state` shows; returns the number of keys the overlay lists.
    @discardableResult
    static func checkKeys(_ state: AppState, _ what: String, file: StaticString = #filePath, line: UInt = #line) -> Int {
        let rows = overlayRows(state)
        XCTAssertFalse(rows.isEmpty, "\(what): no overlay rows", file: file, line: line)
        let listed = Set(rows.flatMap(\.keys))
        var before = Print(state)
        var acting: Set<Key> = []
        var after: [Key: AppState] = [:]
        for key in pressed(state, listed: listed) {
            let next = press(key, state)
            after[key] = next
            var print = Print(next)
            if print.differs(from: &before) { acting.insert(key) }
        }
        let hidden = acting.subtracting(listed)
        XCTAssertTrue(hidden.isEmpty, "\(what): keys that act but are not in the overlay: \(hidden.map(KeyNames.name).sorted())\n"
                      + rows.map(\.line).joined(separator: "\n"), file: file, line: line)
        // A listed key that did nothing at the start must act after one other listed key (← at step 0
        // acts after →), pressed without leaving the screen or starting to type.
        let here = place(state)
        var preludes = listed.sorted { KeyNames.name($0) < KeyNames.name($1) }
            .compactMap { after[$0] }.filter { place($0) == here }.map(Print.init)
        for key in listed.subtracting(acting) {
            let acts = preludes.indices.contains { i in
                var print = Print(press(key, preludes[i].state))
                return print.differs(from: &preludes[i])
            }
            XCTAssertTrue(acts, "\(what): '\(KeyNames.name(key))' is in the overlay but does nothing", file: file, line: line)
        }
        return listed.count
    }

    static func shipped(width: Int = 120, height: Int = 40) -> AppState {
        TestApp.state(width: width, height: height, root: ConvolutionSceneSupport.repositoryRoot)
    }

    func testHomeKeysAreTheOverlaysKeys() {
        var state = Self.shipped()
        TestApp.press([.down], &state)
        Self.checkKeys(state, "home")
    }

    func testLessonWithoutSceneKeysAreTheOverlaysKeys() throws {
        var state = Self.shipped()
        let lesson = try XCTUnwrap(state.library.lessons.first { l in l.pages.count > 2 && l.pages[1].scene == nil })
        _ = App.openLesson(&state, id: lesson.id, page: 1)
        Self.checkKeys(state, "lesson \(lesson.id) page 2")
    }

    func testQuizMenuAndStatsKeysAreTheOverlaysKeys() {
        var state = Self.shipped()
        _ = App.openQuizMenu(&state)
        Self.checkKeys(state, "quiz menu")
        state = Self.shipped()
        _ = App.openStats(&state)
        Self.checkKeys(state, "statistics")
    }

    /// The quiz session in each of its states: a question of every kind (the number field holding
    /// `12` with the cursor between the digits, so every edit key can act), the feedback after a
    /// wrong answer and the summary with a missed concept (at 60×14, allowed here, where both scroll).
    func testQuizSessionKeysAreTheOverlaysKeys() throws {
        let base = Self.shipped()
        for kind in QuizKind.allCases {
            let item = try XCTUnwrap(base.library.quizItems.first { $0.kind == kind && $0.lesson != nil }, "\(kind)")
            var state = base
            _ = App.openQuiz(&state, QuizSession(items: [item, item], title: LocalizedText(en: "Quiz", ko: "퀴즈"), now: 0))
            if kind == .numeric { TestApp.press([.char("1"), .char("2"), .left], &state) }
            Self.checkKeys(state, "quiz question (\(kind))")
        }
        var state = Self.shipped(width: 60, height: 14)
        state.options.minimumSize = Size(width: 40, height: 10)   // small enough that both scroll
        let item = try XCTUnwrap(state.library.quizItems.first { $0.kind == .single && $0.lesson != nil && $0.answer != .choices([1]) })
        _ = App.openQuiz(&state, QuizSession(items: [item, item], title: LocalizedText(en: "Quiz", ko: "퀴즈"), now: 0))
        TestApp.press([.char("b"), .enter], &state)   // a wrong answer: b is not the key
        guard case .quiz(let session) = state.current, case .feedback(correct: false) = session.phase else {
            return XCTFail("not on the feedback of a wrong answer: \(state.current)")
        }
        Self.checkKeys(state, "quiz feedback")
        TestApp.press([.char("q")], &state)
        Self.checkKeys(state, "quiz summary")
    }

    /// One page of every scene type, in the lesson viewer: the scene's keys, the viewer's and the shared ones.
    func testEverySceneTypesKeysAreTheOverlaysKeys() {
        let base = Self.shipped()
        var seen: Set<String> = []
        for lesson in base.library.lessons {
            for (index, page) in lesson.pages.enumerated() {
                guard let type = page.scene?.type, !seen.contains(type) else { continue }
                seen.insert(type)
                var state = base
                _ = App.openLesson(&state, id: lesson.id, page: index)
                Self.checkKeys(state, "\(type) (\(lesson.id) page \(index + 1))")
            }
        }
        XCTAssertGreaterThan(seen.count, 20, "scene types on shipped pages: \(seen.sorted())")
    }

    /// The overlay of a scene page lists the scene's own declaration: every row of `helpRows`, with its
    /// text, and the scene's footer keys among the rows.
    func testSceneOverlayRowsAreTheScenesDeclaration() throws {
        var state = ConvolutionSceneSupport.state(lesson: "l4-convolution", page: "conv-elementwise", width: 120, height: 40)
        let viewer = try XCTUnwrap(ConvolutionSceneSupport.viewer(state))
        let scene = try XCTUnwrap(viewer.scene)
        let rows = Self.overlayRows(state)
        for row in scene.helpRows(LessonView.sceneContext(state)) {
            XCTAssertTrue(rows.contains { $0.text == row.label && Set($0.keys).isSuperset(of: row.key.split(separator: " ").flatMap { Self.keys(named: String($0)) }) },
                          "row \(row.key) \(row.label) missing:\n" + rows.map(\.line).joined(separator: "\n"))
        }
        // The stepper's own words, written here independently: Space steps, a plays, Tab moves the output cursor.
        XCTAssertTrue(rows.contains { $0.keys.contains(.char(" ")) && $0.text == "step" })
        XCTAssertTrue(rows.contains { $0.keys == [.char("a")] && $0.text == "play" })
        XCTAssertTrue(rows.contains { $0.keys.contains(.tab) && $0.text.hasPrefix("output cursor") })
        TestApp.press([.char("a")], &state)
        XCTAssertTrue(Self.overlayRows(state).contains { $0.keys == [.char("a")] && $0.text == "pause" }, "the row follows the state")
    }
}
