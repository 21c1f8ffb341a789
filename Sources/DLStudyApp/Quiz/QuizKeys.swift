import DLContent
import TUIKit

/// What a key does in a quiz session.
enum QuizCommand: Equatable, Sendable {
    case finish, submit, previous, next, toggle, pick(Int), edit
    case advance, openLesson, scroll(Int), close, practise
}

/// The quiz session's key table, one per phase (and question kind): dispatch in `App.updateQuiz`,
/// the footer in `QuizView` and the `?` rows all come from it.
enum QuizKeys {
    typealias Binding = KeyTable<QuizCommand>.Binding
    static let t = UIText.t

    /// The characters the number field accepts.
    static let numberCharacters: Set<Character> = Set("0123456789.,-+eE_")

    static func table(_ session: QuizSession) -> KeyTable<QuizCommand> {
        switch session.phase {
        case .question: return question(session)
        case .feedback:
            return KeyTable([Binding([.enter, .char(" "), .char("n"), .right], .advance,
                                     help: t("next question", "다음 문항"), footer: ("Enter", QuizUIText.next))]
                + (session.current?.lesson == nil ? [] : [
                    Binding([.char("o")], .openLesson, help: t("open the lesson page (q returns)", "강의 열기 (q로 돌아오기)"),
                            footer: ("o", QuizUIText.openLesson))])
                + scrolling
                + [Binding([.char("q"), .escape], .finish, help: t("finish: show the summary", "끝내기: 결과 보기"),
                           footer: ("q", QuizUIText.finish))])
        case .summary:
            return KeyTable([Binding([.enter, .char("q"), .escape], .close, help: t("close", "닫기"), footer: ("Enter/q", QuizUIText.close))]
                + scrolling
                + (session.summary.missedConcepts.isEmpty ? [] : [
                    Binding([.char("p")], .practise, help: t("practise the missed concepts", "틀린 개념 연습하기"),
                            footer: ("p", QuizUIText.practiseKey))]))
        }
    }

    static let scrolling: [Binding] = [
        Binding([.up, .char("k")], .scroll(-1), help: UIText.t("scroll", "스크롤"), footer: ("↑↓", UIText.scroll)),
        Binding([.down, .char("j")], .scroll(1)),
        Binding([.pageUp], .scroll(-5)),
        Binding([.pageDown], .scroll(5)),
    ]

    /// While a question is open: Esc/q finish (`q` never composes an answer), Enter submits, and the
    /// kind's keys compose it — arrows and letters pick, Space checks, the number field types.
    static func question(_ session: QuizSession) -> KeyTable<QuizCommand> {
        let finish = Binding([.escape, .char("q")], .finish, help: t("finish: show the summary", "끝내기: 결과 보기"),
                             footer: ("Esc", QuizUIText.finish))
        let submit = Binding([.enter], .submit, help: t("submit, then next question", "제출, 한 번 더 누르면 다음 문항"),
                             footer: ("Enter", QuizUIText.submit))
        guard let item = session.current else { return KeyTable([finish]) }
        if item.kind == .numeric {
            let edit = Binding([.left, .right, .backspace, .delete, .home, .end, .ctrl("a"), .ctrl("e"), .ctrl("u")], .edit,
                               help: t("move / delete in the number", "숫자 안에서 이동 / 지우기"),
                               footer: ("0-9 ←→ ⌫", t("Type a number", "숫자 입력")))
            let typing = KeyTable<QuizCommand>.TextEntry("0-9 . , - + e E _", help: t("type a number", "숫자 입력"),
                                                         accepts: { numberCharacters.contains($0) }, command: { _ in .edit })
            // The field's keys first in the footer, as the player reads it: type, submit, finish.
            return KeyTable([edit, submit, finish], text: typing)
        }
        var choose = [Binding([.up, .char("k")], .previous, help: t("choose an answer", "답 고르기"), footer: ("↑↓ a-z", QuizUIText.choose)),
                      Binding([.down, .char("j"), .tab], .next)]
        if item.kind == .truefalse {
            choose += [Binding([.char("t"), .char("y")], .pick(0)), Binding([.char("f"), .char("n")], .pick(1))]
        } else {
            // A letter picks its choice (j, k and q keep their moves above and below).
            choose += (0..<session.optionCount).compactMap { n in
                let letter = Character(QuizItem.letter(n))
                return ["j", "k", "q"].contains(letter) ? nil : Binding([.char(letter)], .pick(n))
            }
        }
        if item.kind == .multiple {
            choose.append(Binding([.char(" ")], .toggle, help: t("check / uncheck (several answers)", "체크 / 해제 (여러 개 고르기)"),
                                  footer: ("Space", QuizUIText.toggle)))
        }
        return KeyTable(choose + [submit, finish])
    }
}
