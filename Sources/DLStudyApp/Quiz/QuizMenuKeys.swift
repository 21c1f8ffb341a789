import DLContent
import TUIKit

/// What a key does on the quiz menu.
enum QuizMenuCommand: Equatable, Sendable {
    case up, down, pageUp, pageDown, first, last, select, left, right, back
}

/// The quiz menu's key table.
enum QuizMenuKeys {
    typealias Binding = KeyTable<QuizMenuCommand>.Binding

    static let table = KeyTable<QuizMenuCommand>(KeyTable.listMoves(up: .up, down: .down, pageUp: .pageUp, pageDown: .pageDown, first: .first, last: .last) + [
        Binding([.enter, .char(" "), .char("l")], .select,
                help: UIText.t("start the session / open the page", "시작 / 하위 메뉴 열기"), footer: ("Enter", QuizUIText.start)),
        Binding([.left, .char("h")], .left,
                help: UIText.t("change the length or difficulty", "문항 수나 난이도 바꾸기"), footer: ("←→", QuizUIText.change)),
        Binding([.right], .right),
        Binding([.char("q"), .escape], .back, help: UIText.t("back", "뒤로"), footer: ("q", UIText.back)),
    ])

    static func command(for key: Key) -> QuizMenuCommand? { table.command(for: key) }
    static func footer(_ state: AppState) -> [KeyHint] { table.footer(state) }
    static func help(_ tr: (LocalizedText) -> String) -> [KeyHint] { table.help(tr) }
}
