import TUIKit

/// The quiz screen's entries in the `?` overlay.
enum QuizHelp {
    static func keys(_ t: (String, String) -> String) -> [KeyHint] {
        [KeyHint("↑ ↓  a-z", t("choose an answer", "답 고르기")),
         KeyHint("Space", t("check / uncheck (several answers)", "체크 / 해제 (여러 개 고르기)")),
         KeyHint("0-9 ← → ⌫", t("type a number", "숫자 입력")),
         KeyHint("Enter", t("submit, then next question", "제출, 다음 문제")),
         KeyHint("o", t("open the lesson page (q returns)", "강의 쪽 열기 (q로 돌아옴)")),
         KeyHint("Esc q", t("finish: show the summary", "끝내기: 결과 보기")),
         KeyHint("p", t("on the summary: practise the missed concepts", "결과 화면에서: 틀린 개념 연습하기"))]
    }
}
