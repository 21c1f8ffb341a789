/// Checks that span files: unique lesson and item ids, and quiz links that point at real lessons
/// and pages.
public enum ContentValidator {
    /// Diagnostics for problems between files.
    public static func crossCheck(lessons: [Lesson], items: [QuizItem]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var lessonFiles: [String: String] = [:]
        for lesson in lessons {
            if let other = lessonFiles[lesson.id] {
                out.append(Diagnostic(file: lesson.file, line: 1, column: 1, message: "lesson id '\(lesson.id)' is also used by \(other)"))
            } else {
                lessonFiles[lesson.id] = lesson.file
            }
        }
        var itemFiles: [String: String] = [:]
        for item in items {
            if let other = itemFiles[item.id] {
                out.append(Diagnostic(file: item.file, line: item.line, column: 1, message: "quiz item id '\(item.id)' is also used in \(other)"))
            } else {
                itemFiles[item.id] = "\(item.file):\(item.line)"
            }
            if let link = item.lesson {
                let parts = link.split(separator: "#", maxSplits: 1).map(String.init)
                let lessonID = parts.first ?? ""
                if let lesson = lessons.first(where: { $0.id == lessonID }) {
                    if parts.count == 2, !lesson.pages.contains(where: { $0.id == parts[1] }) {
                        let pageIDs = lesson.pages.compactMap(\.id)
                        out.append(Diagnostic(file: item.file, line: item.line, column: 1,
                                              message: "item '\(item.id)': lesson '\(lessonID)' has no page '\(parts[1])'\(ContentIDs.suggestion(parts[1], among: pageIDs))"))
                    }
                } else {
                    out.append(Diagnostic(file: item.file, line: item.line, column: 1,
                                          message: "item '\(item.id)': no lesson '\(lessonID)'\(ContentIDs.suggestion(lessonID, among: lessons.map(\.id)))"))
                }
            }
        }
        return out
    }
}
