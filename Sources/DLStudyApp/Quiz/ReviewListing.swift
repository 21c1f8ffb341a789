import DLContent
import Foundation

/// `dlstudy review --list` and the empty-review message, from the one `ReviewBoard`.
public enum ReviewListing {
    /// `id<TAB>due|missed<TAB>2026-12-01T20:15:00Z`, due first, at most `limit`.
    public static func lines(_ board: ReviewBoard, limit: Int?) -> [String] {
        let entries = board.due.map { ($0, "due") } + board.missed.map { ($0, "missed") }
        let formatter = ISO8601DateFormatter()
        return (limit.map { Array(entries.prefix($0)) } ?? entries).map { entry, state in
            "\(entry.item.id)\t\(state)\t\(formatter.string(from: Date(timeIntervalSince1970: entry.record.card.due)))"
        }
    }

    /// Nothing to review, in words, naming when the next question falls due.
    public static func nothing(_ board: ReviewBoard) -> LocalizedText {
        guard let next = board.nextDue else {
            return LocalizedText(en: "Nothing to review: no question has been answered yet.",
                                 ko: "복습할 문항이 없어요: 아직 푼 문항이 없어요.")
        }
        let when = DueText.relative(next, now: board.now)
        let at = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: next))
        return LocalizedText(en: "Nothing to review now: the next question falls due \(when.en) (\(at)).",
                             ko: "지금 복습할 문항이 없어요. 다음 문항은 \(when.ko)에 복습할 수 있어요 (\(at)).")
    }
}
