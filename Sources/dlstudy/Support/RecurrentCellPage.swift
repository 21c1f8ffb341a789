import DLContent
import DLEngine
import DLStudyApp

/// The one-page lesson that hosts `dlstudy lstm|gru|rnn`'s stepper in the lesson viewer.
enum RecurrentCellPage {
    static func lesson(_ kind: RecurrentKind) -> Lesson? {
        let name = kind.rawValue.uppercased()
        let yaml = """
            id: cell-\(kind.rawValue)
            lecture: 7
            order: 0
            title: {en: "dlstudy \(kind.rawValue)", ko: "dlstudy \(kind.rawValue)"}
            concepts: []
            pages:
              - title: {en: "\(name) on your numbers", ko: "내 숫자로 돌려 보는 \(name)"}
                body:
                  en: "Every value below comes from the engine. q quits."
                  ko: "아래의 모든 값은 엔진이 계산했어요. q로 끝냅니다."
            """
        return LessonParser.parse(yaml, file: "<\(kind.rawValue)>").0
    }
}
