import DLContent
import Foundation

/// `dlstudy stats` output: JSON (stable keys) or plain text.
enum StatsText {
    static func json(_ s: StudyStats, database: String, integrity: String) -> String {
        func tally(_ t: StudyStats.Tally) -> [String: Any] {
            ["answers": t.answers, "correct": t.correct, "accuracy": (t.accuracy * 1000).rounded() / 1000]
        }
        let object: [String: Any] = [
            "database": database,
            "integrity": integrity,
            "total": tally(s.total),
            "by_lecture": Dictionary(uniqueKeysWithValues: s.byLecture.map { (String($0.key), tally($0.value)) }),
            "by_concept": Dictionary(uniqueKeysWithValues: s.byConcept.map { ($0.key, tally($0.value)) }),
            "answers_per_day": s.perDay,
            "due_next_7_days": s.dueForecast,
            "weakest_concepts": s.weakest,
            "scheduled_items": s.scheduled,
            "missed_items": s.missed,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func plain(_ s: StudyStats, language: Language) -> String {
        let en = language == .en
        func pct(_ t: StudyStats.Tally) -> String { "\(t.correct)/\(t.answers) (\(Int((t.accuracy * 100).rounded()))%)" }
        var lines = [(en ? "answers: " : "답한 수: ") + pct(s.total)]
        for (number, title) in Syllabus.lectures {
            lines.append("  \(title.text(language)): " + pct(s.byLecture[number] ?? StudyStats.Tally()))
        }
        lines.append((en ? "answers per day (last \(s.perDay.count) days): " : "일별 답한 수 (최근 \(s.perDay.count)일): ")
                     + s.perDay.map(String.init).joined(separator: " "))
        lines.append((en ? "due next 7 days: " : "앞으로 7일 복습 예정: ") + s.dueForecast.map(String.init).joined(separator: " "))
        let weak = s.weakest.map { "\($0) " + pct(s.byConcept[$0] ?? StudyStats.Tally()) }
        lines.append((en ? "weakest concepts: " : "약한 개념: ") + (weak.isEmpty ? "—" : weak.joined(separator: ", ")))
        return lines.joined(separator: "\n") + "\n"
    }
}
