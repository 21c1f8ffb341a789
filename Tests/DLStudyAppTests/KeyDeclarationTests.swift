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

    /// What a key visibly does: the whole drawn screen, whether the app quit, and the screen stack's depth.
    static func fingerprint(_ state: AppState) -> String {
        var after = state
        _ = App.update(&after, .tick)
        return App.view(state).text + "\n\(state.done) \(state.stack.count)\n" + App.view(after).text
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

    /// Checks both directions on the screen `state` shows; returns the number of keys the overlay lists.
    @discardableResult
    static func checkKeys(_ state: AppState, _ what: String, file: StaticString = #filePath, line: UInt = #line) -> Int {
        let rows = overlayRows(state)
        XCTAssertFalse(rows.isEmpty, "\(what): no overlay rows", file: file, line: line)
        let listed = Set(rows.flatMap(\.keys))
        let before = fingerprint(state)
        var acting: Set<Key> = []
        for key in universe where fingerprint(press(key, state)) != before { acting.insert(key) }
        let hidden = acting.subtracting(listed)
        XCTAssertTrue(hidden.isEmpty, "\(what): keys that act but are not in the overlay: \(hidden.map(KeyNames.name).sorted())\n"
                      + rows.map(\.line).joined(separator: "\n"), file: file, line: line)
        // A listed key that did nothing at the start must act after one other listed key (← at step 0
        // acts after →), pressed without leaving the screen or starting to type.
        let preludes = listed.sorted { KeyNames.name($0) < KeyNames.name($1) }.map { press($0, state) }
            .filter { place($0) == place(state) }
        var prints: [String?] = Array(repeating: nil, count: preludes.count)
        for key in listed.subtracting(acting) {
            let acts = preludes.indices.contains { i in
                let print = prints[i] ?? fingerprint(preludes[i])
                prints[i] = print
                return fingerprint(press(key, preludes[i])) != print
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
