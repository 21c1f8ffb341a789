import DLContent
import TUIKit

/// The rows of each quiz-menu page with their live counts, computed from the library, the history
/// and the clock (so what the menu says is what a session will ask).
enum QuizMenuRows {
    static func title(_ page: QuizMenuState.Page) -> LocalizedText {
        switch page {
        case .main: QuizUIText.menuTitle
        case .lectures: QuizUIText.byLecture
        case .lectureQuizzes: QuizUIText.lectureQuizzes
        case .concepts: QuizUIText.byConceptMenu
        case .drills: QuizUIText.drills
        }
    }

    static func rows(_ page: QuizMenuState.Page, state: AppState) -> [QuizMenuRow] {
        let bank = state.library.quizItems
        let tr = state.tr
        switch page {
        case .main:
            let board = ReviewBoard(items: bank, history: state.history, now: state.clock())
            let lectureQuiz = bank.filter { $0.source == "lecture-quiz" }.count
            let length = state.quizPreferences.length.map(String.init) ?? tr(QuizUIText.endless)
            return [
                QuizMenuRow(label: tr(QuizUIText.review), detail: tr(DueText.summary(board)), action: .review),
                QuizMenuRow(label: tr(QuizUIText.byLecture) + " ▸", detail: tr(QuizUIText.questionCount(bank.count)), action: .open(.lectures)),
                QuizMenuRow(label: tr(QuizUIText.lectureQuizzes) + " ▸", detail: tr(QuizUIText.questionCount(lectureQuiz)), action: .open(.lectureQuizzes)),
                QuizMenuRow(label: tr(QuizUIText.byConceptMenu) + " ▸", detail: tr(QuizUIText.conceptCount(Syllabus.concepts.count)), action: .open(.concepts)),
                QuizMenuRow(label: tr(QuizUIText.drills) + " ▸", detail: tr(QuizUIText.generatorCount(DrillKind.allCases.count)), action: .open(.drills)),
                QuizMenuRow(label: tr(QuizUIText.mixed), detail: tr(QuizUIText.mixedDetail), action: .start(.mixed)),
                QuizMenuRow(label: tr(QuizUIText.sessionLength), detail: "‹ \(length) ›", action: .cycleLength, isSetting: true),
            ]
        case .lectures:
            return Syllabus.lectures.map { lecture in
                let count = bank.filter { $0.lecture == lecture.number }.count
                return QuizMenuRow(label: tr(lecture.title), detail: tr(QuizUIText.questionCount(count)),
                                   action: count == 0 ? .unavailable(QuizUIText.noQuestions) : .start(.bank(lecture: lecture.number, lectureQuiz: false)))
            }
        case .lectureQuizzes:
            let own = bank.filter { $0.source == "lecture-quiz" }
            let all = QuizMenuRow(label: tr(QuizUIText.allLectureQuizzes), detail: tr(QuizUIText.questionCount(own.count)),
                                  action: own.isEmpty ? .unavailable(QuizUIText.noQuestions) : .start(.bank(lecture: nil, lectureQuiz: true)))
            return [all] + Syllabus.lectures.map { lecture in
                let count = own.filter { $0.lecture == lecture.number }.count
                return QuizMenuRow(label: tr(lecture.title), detail: tr(QuizUIText.questionCount(count)),
                                   action: count == 0 ? .unavailable(QuizUIText.noQuestions) : .start(.bank(lecture: lecture.number, lectureQuiz: true)))
            }
        case .concepts:
            let board = ReviewBoard(items: bank, history: state.history, now: state.clock())
            let mastery = ConceptMastery.weakestFirst(ConceptMastery.all(items: bank, history: state.history, board: board))
            return mastery.map { m in
                let name = Syllabus.concept(m.concept)?.name.text(state.language) ?? m.concept
                let drills = DrillKind.allCases.contains { $0.concept == m.concept }
                let recall = m.recall.map { "\(Int(($0 * 100).rounded()))%" } ?? tr(QuizUIText.unseen)
                let detail = "L\(m.lecture)  " + DisplayWidth.pad(recall, to: 12) + (drills ? "+" + tr(QuizUIText.drillMark) : "")
                let empty = m.questions == 0 && !drills
                return QuizMenuRow(label: name, detail: detail, bar: .some(m.recall),
                                   action: empty ? .unavailable(QuizUIText.noQuestions) : .start(.concepts([m.concept])))
            }
        case .drills:
            let difficulty = state.quizPreferences.difficulty
            let setting = QuizMenuRow(label: tr(QuizUIText.difficulty), detail: "‹ \(tr(difficulty.name)) ›", action: .cycleDifficulty, isSetting: true)
            let all = QuizMenuRow(label: tr(QuizUIText.allGenerators), detail: tr(QuizUIText.endlessDetail),
                                  action: .startEndless(.drills(DrillKind.allCases, difficulty)))
            return [setting, all] + DrillKind.allCases.map { kind in
                QuizMenuRow(label: tr(kind.name), detail: "L\(kind.lecture)", action: .startEndless(.drills([kind], difficulty)))
            }
        }
    }

    /// A sentence about the selected row, shown under the list.
    static func explanation(_ row: QuizMenuRow, state: AppState) -> LocalizedText? {
        switch row.action {
        case .review: DueText.learningSteps
        case .open(.lectures): QuizUIText.lecturesHint
        case .open(.lectureQuizzes), .start(.bank(_, true)): QuizUIText.lectureQuizHint
        case .open(.concepts), .start(.concepts): QuizUIText.conceptsHint
        case .open(.drills), .startEndless: QuizUIText.drillsHint
        case .start(.mixed): QuizUIText.mixedHint
        case .cycleLength: QuizUIText.lengthHint
        case .cycleDifficulty: QuizUIText.difficultyHint
        default: nil
        }
    }
}
