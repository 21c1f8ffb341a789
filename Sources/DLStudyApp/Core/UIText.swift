import DLContent

/// The app's own user-visible strings in English and Korean.
enum UIText {
    static func t(_ en: String, _ ko: String) -> LocalizedText { LocalizedText(en: en, ko: ko) }

    static let appTitle = t("dlstudy · deep-learning study companion", "dlstudy · 딥러닝 공부 도우미")
    static let lessons = t("Lessons", "강의")
    static let quiz = t("Quiz", "퀴즈")
    static let language = t("English", "한국어")
    static let otherLanguage = t("한국어", "English")
    static let move = t("move", "이동")
    static let open = t("open", "열기")
    static let help = t("help", "도움말")
    static let quit = t("quit", "종료")
    static let back = t("back", "뒤로")
    static let page = t("page", "쪽")
    static let scroll = t("scroll", "스크롤")
    static let next = t("next", "다음")
    static let previous = t("previous", "이전")
    static let broken = t("broken file — see dlstudy check", "파일 오류 — dlstudy check 참고")
    static let pages = t("pages", "쪽")
    static let concepts = t("Concepts", "개념")
    static let noLessons = t("No lessons found.", "강의를 찾지 못했습니다.")
    static let helpTitle = t("Keys", "단축키")
    static let closeHelp = t("any key closes this help", "아무 키나 누르면 닫혀요")
    static let tooSmallTitle = t("Terminal too small", "터미널 창이 너무 작습니다")
    static let progressDone = t("done", "완료")
    static let questions = t("questions", "문항")
    static let brokenFiles = t("content files with problems", "문제가 있는 콘텐츠 파일")

    static func tooSmall(current: (Int, Int), needed: (Int, Int)) -> LocalizedText {
        t("Now \(current.0)×\(current.1), needs \(needed.0)×\(needed.1). Enlarge the window, or press q to quit.",
          "지금 크기는 \(current.0)×\(current.1)이고, 최소 \(needed.0)×\(needed.1) 크기가 필요합니다. 창을 키우거나 q를 눌러 종료하세요.")
    }
}
