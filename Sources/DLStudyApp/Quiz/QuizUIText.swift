import DLContent

/// The quiz and stats screens' own strings in English and Korean.
enum QuizUIText {
    static func t(_ en: String, _ ko: String) -> LocalizedText { LocalizedText(en: en, ko: ko) }

    static let due = t("due", "복습 예정")
    static let statsTitle = t("Statistics", "학습 통계")
    static let statsHint = t("Answers, accuracy, activity and due reviews", "답한 수, 정답률, 학습 기록, 복습 예정")
    static let submit = t("submit", "제출")
    static let choose = t("choose", "선택")
    static let toggle = t("check", "체크")
    static let next = t("next", "다음")
    static let openLesson = t("lesson", "강의 보기")
    static let finish = t("finish", "끝내기")
    static let close = t("close", "닫기")
    static let correct = t("Correct!", "정답입니다!")
    static let wrong = t("Not quite.", "아쉽게도 오답이에요.")
    static let answerWas = t("Answer", "정답")
    static let yourAnswer = t("You answered", "내 답")
    static let typeNumber = t("Type a number, then Enter", "숫자를 입력하고 Enter를 누르세요")
    static let summaryTitle = t("Quiz finished", "퀴즈 완료")
    static let score = t("Score", "점수")
    static let byConcept = t("By concept", "개념별 결과")
    static let toReview = t("To review", "복습할 문항")
    static let allRight = t("Nothing to review — every answer was right.", "복습할 문항이 없어요. 모두 맞혔습니다.")
    static let reviewLater = t("Missed questions come back in `dlstudy review` and on the home screen.",
                               "틀린 문항은 `dlstudy review`와 홈 화면의 퀴즈에서 다시 나옵니다.")
    static let answers = t("Answers", "답한 수")
    static let accuracy = t("Accuracy", "정답률")
    static let byLecture = t("By lecture", "강의별")
    static let lastWeeks = t("Last 4 weeks", "최근 4주")
    static let forecast = t("Due in the next 7 days", "앞으로 7일 복습 예정")
    static let weakest = t("Weakest concepts", "약한 개념")
    static let noAnswers = t("No answers yet — take a quiz from the home screen.", "아직 답한 문항이 없어요. 홈 화면에서 퀴즈를 풀어 보세요.")
    static let today = t("today", "오늘")
    static let yourAnswerLabel = t("Answer", "답")

    static func dueCount(_ n: Int) -> LocalizedText { t("\(n) due", "복습 예정 \(n)") }
}
