import DLContent
import TUIKit

/// What a key does in the lesson viewer.
enum LessonCommand: Equatable, Sendable {
    case next, previous, first, last, scrollUp, scrollDown, pageUp, pageDown, back, share
}

/// The lesson viewer's keys, in two tables: those it always takes (before the page's scene), and those
/// a scene may take first (arrows, Space, Enter), which turn pages and scroll when the scene does not.
enum LessonKeys {
    typealias Binding = KeyTable<LessonCommand>.Binding

    /// Taken before the scene. `y` (share the scene's state) only when the page has a scene.
    static func always(hasScene: Bool) -> KeyTable<LessonCommand> {
        KeyTable((hasScene ? [share] : []) + alwaysBindings)
    }

    private static let share = Binding([.char("y")], .share,
                                       help: UIText.t("show the command that reopens this scene", "이 scene을 다시 여는 명령 보기"))

    private static let alwaysBindings: [Binding] = [
        Binding([.char("n")], .next, help: UIText.t("next page", "다음 쪽"), footer: ("n/p", UIText.page)),
        Binding([.char("p")], .previous, help: UIText.t("previous page", "이전 쪽")),
        Binding([.pageUp], .pageUp, help: UIText.t("scroll the text", "본문 스크롤")),
        Binding([.pageDown], .pageDown),
        Binding([.home], .first, help: UIText.t("first / last page", "첫 쪽 / 마지막 쪽")),
        Binding([.end], .last),
        Binding([.char("q"), .escape], .back, help: UIText.t("back to the list", "목록으로 돌아가기"), footer: ("q", UIText.back)),
    ]

    /// Taken only when the scene did not use the key.
    static let unlessScene = KeyTable<LessonCommand>([
        Binding([.right, .char("l"), .char(" "), .enter], .next, help: UIText.t("next page", "다음 쪽"), footer: ("←→", UIText.page)),
        Binding([.left, .char("h"), .backspace], .previous, help: UIText.t("previous page", "이전 쪽")),
        Binding([.up, .char("k")], .scrollUp, help: UIText.t("scroll the text", "본문 스크롤"), footer: ("↑↓", UIText.scroll)),
        Binding([.down, .char("j")], .scrollDown),
    ])
}
