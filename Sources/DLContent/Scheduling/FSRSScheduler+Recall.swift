import Foundation

extension FSRSScheduler {
    /// The FSRS forgetting curve with the elapsed time in fractional days: the probability of recall
    /// the mastery grid shows. (Scheduling itself counts whole days, as the reference does.)
    public func recall(_ card: FSRSCard, at now: Double) -> Double {
        guard let last = card.lastReview, let s = card.stability else { return 0 }
        let days = max(0, now - last) / Self.day
        return pow(1 + factor * days / s, decay)
    }
}
