import DLContent
import TUIKit

/// What a key does on the quiz menu.
enum QuizMenuCommand: Equatable, Sendable {
    case up, down, pageUp, pageDown, first, last, select, left, right, back
}

/// The quiz menu's key table.
enum QuizMenuKeys {
    typealias Binding = KeyTable<QuizMenuCommand>.Binding

    static let table = KeyTable<QuizMenuCommand>(bindings: [
        Binding([.up, .char("k")], "↑ ↓  k j", .up, help: UIText.t("move the selection", "선택 이동"), footer: ("↑↓", UIText.move)),
        Binding([.down, .char("j")], "", .down),
        Binding([.pageUp], "PgUp PgDn", .pageUp, help: UIText.t("move a page", "한 화면씩 이동")),
        Binding([.pageDown], "", .pageDown),
        Binding([.home, .char("g")], "g G", .first, help: UIText.t("first / last", "처음 / 끝")),
        Binding([.end, .char("G")], "", .last),
        Binding([.enter, .char(" "), .char("l")], "Enter Space l", .select,
                help: UIText.t("start the session / open the page", "시작 / 하위 메뉴 열기"), footer: ("Enter", QuizUIText.start)),
        Binding([.left, .char("h")], "← →", .left,
                help: UIText.t("change the length or difficulty", "문항 수나 난이도 바꾸기"), footer: ("←→", QuizUIText.change)),
        Binding([.right], "", .right),
        Binding([.char("q"), .escape], "q Esc", .back, help: UIText.t("back", "뒤로"), footer: ("q", UIText.back)),
    ])

    static func command(for key: Key) -> QuizMenuCommand? { table.command(for: key) }
    static func footer(_ state: AppState) -> [KeyHint] { table.footer(state) }
    static func help(_ t: (String, String) -> String) -> [KeyHint] { table.help(t) }
}
