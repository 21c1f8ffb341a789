import DLContent
import DLEngine
import Foundation

/// `dlstudy stats` output: JSON (stable keys, built as a `JSONValue`) or plain text, from the same
/// `StudyStats` as the stats screen.
public enum StatsText {
    public static func json(_ s: StudyStats, database: String, integrity: String) -> JSONValue {
        func tally(_ t: StudyStats.Tally) -> JSONValue {
            .object(["answers": .number(Double(t.answers)), "correct": .number(Double(t.correct)),
                     "accuracy": .number((t.accuracy * 1000).rounded() / 1000)])
        }
        func time(_ t: Double?) -> JSONValue {
            t.map { .string(ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: $0))) } ?? .null
        }
        let concepts = s.concepts.map { m -> (String, JSONValue) in
            (m.concept, .object([
                "lecture": .number(Double(m.lecture)),
                "questions": .number(Double(m.questions)),
                "seen": .number(Double(m.seen)),
                "recall": m.recall.map { .number(($0 * 1000).rounded() / 1000) } ?? .null,
                "answers": .number(Double(m.answers.answers)),
                "correct": .number(Double(m.answers.correct)),
                "due_now": .number(Double(m.dueNow)),
            ]))
        }
        return .object([
            "database": .string(database),
            "integrity": .string(integrity),
            "total": tally(s.total),
            "by_lecture": .object(Dictionary(uniqueKeysWithValues: s.byLecture.map { (String($0.key), tally($0.value)) })),
            "by_concept": .object(Dictionary(uniqueKeysWithValues: s.byConcept.map { ($0.key, tally($0.value)) })),
            "concepts": .object(Dictionary(uniqueKeysWithValues: concepts)),
            "answers_per_day": .array(s.perDay.map { .number(Double($0)) }),
            "due_now": .number(Double(s.dueNow)),
            "missed_waiting": .number(Double(s.missedWaiting)),
            "next_due": time(s.nextDue),
            "due_next_7_days": .array(s.dueForecast.map { .number(Double($0)) }),
            "weakest_concepts": .array(s.weakest.map { .string($0) }),
            "scheduled_items": .number(Double(s.scheduled)),
            "missed_items": .number(Double(s.missed)),
        ])
    }

    public static func plain(_ s: StudyStats, language: Language, now: Double) -> String {
        let en = language == .en
        func pct(_ t: StudyStats.Tally) -> String { "\(t.correct)/\(t.answers) (\(StatsView.percent(t.accuracy, of: t.answers)))" }
        var lines = [(en ? "answers: " : "답한 수: ") + pct(s.total)]
        for (number, title) in Syllabus.lectures {
            lines.append("  \(title.text(language)): " + pct(s.byLecture[number] ?? StudyStats.Tally()))
        }
        lines.append((en ? "answers per day (last \(s.perDay.count) days): " : "일별 답한 수 (최근 \(s.perDay.count)일): ")
                     + s.perDay.map(String.init).joined(separator: " "))
        let next = s.nextDue.map { DueText.relative($0, now: now).text(language) } ?? "—"
        lines.append(en ? "due now: \(s.dueNow), missed and waiting: \(s.missedWaiting), next due: \(next)"
                        : "지금 복습: \(s.dueNow), 틀려서 기다리는 문항: \(s.missedWaiting), 다음 복습: \(next)")
        lines.append((en ? "due next 7 days (today includes later today): " : "앞으로 7일 복습 예정 (오늘은 오늘 중 나중 포함): ")
                     + s.dueForecast.map(String.init).joined(separator: " "))
        let weak = s.weakest.map { "\($0) " + pct(s.byConcept[$0] ?? StudyStats.Tally()) }
        lines.append((en ? "weakest concepts: " : "약한 개념: ") + (weak.isEmpty ? "—" : weak.joined(separator: ", ")))
        return lines.joined(separator: "\n") + "\n"
    }
}
