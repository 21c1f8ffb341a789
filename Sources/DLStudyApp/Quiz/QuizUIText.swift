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
    static let reviewLater = t("Missed questions come back in Quiz → Review and in `dlstudy review`.",
                               "틀린 문항은 퀴즈 → 복습과 `dlstudy review`에서 다시 나와요.")
    static let practiseThese = t("Practise these", "이 개념 연습하기")
    static let practiseKey = t("practise these", "틀린 개념 연습")
    static let nextReview = t("Next review", "다음 복습")
    static let sameQuestions = t("Same questions in plain mode", "같은 문항을 plain 모드로")
    static let answers = t("Answers", "답한 수")
    static let accuracy = t("Accuracy", "정답률")
    static let byLecture = t("By lecture", "강의별")
    static let lastWeeks = t("Last 4 weeks", "최근 4주")
    static let forecast = t("Due in the next 7 days", "앞으로 7일 복습 예정")
    static let weakest = t("Weakest concepts", "약한 개념")
    static let noAnswers = t("No answers yet — take a quiz from the home screen.", "아직 답한 문항이 없어요. 홈 화면에서 퀴즈를 풀어 보세요.")
    static let today = t("today", "오늘")
    static let yourAnswerLabel = t("Answer", "답")

    /// The home row's count: `3 due`, `3 due · 1 missed` (the same `ReviewBoard` as the menu).
    static func dueCount(_ n: Int, missed: Int = 0) -> LocalizedText {
        missed == 0 ? t("\(n) due", "복습 예정 \(n)") : t("\(n) due · \(missed) missed", "복습 예정 \(n) · 틀린 문항 \(missed)")
    }

    // The quiz menu.
    static let menuTitle = t("Quiz · what to practise", "퀴즈 · 무엇을 연습할까요")
    static let review = t("Review", "복습")
    static let lectureQuizzes = t("The lecture quizzes", "강의 퀴즈")
    static let allLectureQuizzes = t("All lecture-quiz questions", "강의 퀴즈 문항 모두")
    static let byConceptMenu = t("By concept", "개념별")
    static let drills = t("Drills", "계산 드릴")
    static let mixed = t("Mixed", "섞어서")
    static let mixedDetail = t("bank questions and drills, seeded", "문항과 드릴을 섞어서 (seed)")
    static let sessionLength = t("Session length", "한 번에 풀 문항 수")
    static let endless = t("endless", "끝없이")
    static let difficulty = t("Difficulty", "난이도")
    static let allGenerators = t("All generators", "모든 드릴")
    static let endlessDetail = t("endless until q", "q를 누를 때까지")
    static let unseen = t("unseen", "안 풀어 봄")
    static let drillMark = t("drill", "드릴")
    static let noQuestions = t("No questions here yet.", "아직 여기에는 문항이 없어요.")
    static let nothingToReview = t("Nothing to review now", "지금 복습할 문항이 없어요")
    static let lecturesHint = t("Every bank question of one lecture, in a seeded order.",
                                "한 강의의 모든 문항을 seed로 섞은 순서로 풀어요.")
    static let lectureQuizHint = t("The questions of the lecture's own quiz (source: lecture-quiz), in the notes' wording.",
                                   "강의에서 직접 낸 퀴즈 문항이에요 (source: lecture-quiz). 필기의 문장 그대로예요.")
    static let conceptsHint = t("Weakest first: recall from the review schedule (a miss counts 0 until answered right); drills are mixed in where the concept has them.",
                                "약한 개념부터 보여 줘요. 복습 일정에서 계산한 기억 정도이고, 틀린 문항은 다시 맞힐 때까지 0으로 쳐요. 드릴이 있는 개념은 드릴도 섞여요.")
    static let drillsHint = t("Numbers drawn from a seed, answers computed by the engine. Endless until q; a missed drill comes back for review.",
                              "seed로 뽑은 숫자로 문제를 만들고 답은 엔진이 계산해요. q를 누를 때까지 계속되고, 틀린 드릴은 복습에 다시 나와요.")
    static let mixedHint = t("Questions from every lecture with drills mixed in (one in three).",
                             "모든 강의의 문항에 드릴을 섞어요 (세 문제에 하나꼴).")
    static let lengthHint = t("How many questions a session asks (remembered). ← → or Enter changes it.",
                              "한 번에 풀 문항 수예요 (기억돼요). ← → 나 Enter로 바꿔요.")
    static let difficultyHint = t("small: toy sizes · lecture-sized: the lectures' examples · real networks: ImageNet-sized layers.",
                                  "작은 숫자: 손으로 풀 크기 · 강의 크기: 강의 예시 크기 · 실제 네트워크: ImageNet 크기의 레이어.")
    static let start = t("start", "시작")
    static let change = t("change", "바꾸기")

    static let mastery = t("Concept mastery", "개념 숙련도")

    /// `recall 63% · 5/8 right · 4 of 6 questions seen · 1 due now`, or the unseen line.
    static func masteryLine(_ m: ConceptMastery) -> LocalizedText {
        guard let recall = m.recall else {
            return t("not tried yet · \(m.questions) bank questions", "아직 안 풀어 봤어요 · 문항 \(m.questions)개")
        }
        let r = Int((recall * 100).rounded())
        return t("recall \(r)% · \(m.answers.correct)/\(m.answers.answers) right · questions seen: \(m.seen) · due now: \(m.dueNow)",
                 "기억 \(r)% · \(m.answers.answers)번 중 \(m.answers.correct)번 맞힘 · 푼 문항 \(m.seen)개 · 지금 복습 \(m.dueNow)개")
    }

    static func questionCount(_ n: Int) -> LocalizedText { t(n == 1 ? "1 question" : "\(n) questions", "\(n)문항") }
    static func conceptCount(_ n: Int) -> LocalizedText { t("\(n) concepts, weakest first", "개념 \(n)개, 약한 순서") }
    static func generatorCount(_ n: Int) -> LocalizedText { t("\(n) generators, endless", "드릴 \(n)종류, 끝없이") }
}
