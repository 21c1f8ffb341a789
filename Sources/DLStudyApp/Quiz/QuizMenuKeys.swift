import DLContent
import TUIKit

/// What a key does on the quiz menu.
enum QuizMenuCommand: Equatable {
    case up, down, pageUp, pageDown, first, last, select, left, right, back
}

/// The quiz menu's key table: one list drives dispatch, the footer and the `?` overlay.
enum QuizMenuKeys {
    struct Binding {
        var keys: [Key]
        var label: String
        var command: QuizMenuCommand
        var help: LocalizedText
        /// The footer entry (its short key name and label), when the key is shown there.
        var footer: (key: String, text: LocalizedText)?
    }

    static let bindings: [Binding] = [
        Binding(keys: [.up, .char("k")], label: "↑ ↓  k j", command: .up, help: UIText.t("move the selection", "선택 이동"), footer: ("↑↓", UIText.move)),
        Binding(keys: [.down, .char("j")], label: "", command: .down, help: UIText.t("", ""), footer: nil),
        Binding(keys: [.pageUp], label: "PgUp PgDn", command: .pageUp, help: UIText.t("move a page", "한 화면씩 이동"), footer: nil),
        Binding(keys: [.pageDown], label: "", command: .pageDown, help: UIText.t("", ""), footer: nil),
        Binding(keys: [.home, .char("g")], label: "g G", command: .first, help: UIText.t("first / last", "처음 / 끝"), footer: nil),
        Binding(keys: [.end, .char("G")], label: "", command: .last, help: UIText.t("", ""), footer: nil),
        Binding(keys: [.enter, .char(" "), .char("l")], label: "Enter Space l", command: .select,
                help: UIText.t("start the session / open the page", "시작 / 하위 메뉴 열기"), footer: ("Enter", QuizUIText.start)),
        Binding(keys: [.left, .char("h")], label: "← →", command: .left,
                help: UIText.t("change the length or difficulty", "문항 수나 난이도 바꾸기"), footer: ("←→", QuizUIText.change)),
        Binding(keys: [.right], label: "", command: .right, help: UIText.t("", ""), footer: nil),
        Binding(keys: [.char("q"), .escape], label: "q Esc", command: .back, help: UIText.t("back", "뒤로"), footer: ("q", UIText.back)),
    ]

    static func command(for key: Key) -> QuizMenuCommand? { bindings.first { $0.keys.contains(key) }?.command }

    static func footer(_ state: AppState) -> [KeyHint] {
        bindings.compactMap { b in b.footer.map { KeyHint($0.key, state.tr($0.text)) } }
            + [KeyHint("L", state.tr(UIText.otherLanguage)), KeyHint("?", state.tr(UIText.help))]
    }

    static func help(_ t: (String, String) -> String) -> [KeyHint] {
        bindings.filter { !$0.label.isEmpty }.map { KeyHint($0.label, t($0.help.en, $0.help.ko)) }
    }
}
