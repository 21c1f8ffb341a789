import Foundation

/// FSRS-6 spaced-repetition scheduler with the published default parameters, following the
/// reference `fsrs` Python package (v6) step for step, without interval fuzzing so schedules are
/// reproducible. Times are seconds since 1970; intervals of a day or more are whole days.
public struct FSRSScheduler: Sendable {
    /// The 21 default FSRS-6 parameters (w0…w20).
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    static let day = 86_400.0
    static let minStability = 0.001

    public var w: [Double]
    public var desiredRetention: Double
    /// Learning steps in seconds (default 1 min, 10 min).
    public var learningSteps: [Double]
    /// Relearning steps in seconds (default 10 min).
    public var relearningSteps: [Double]
    public var maximumInterval: Int

    public init(parameters: [Double] = FSRSScheduler.defaultParameters, desiredRetention: Double = 0.9,
                learningSteps: [Double] = [60, 600], relearningSteps: [Double] = [600], maximumInterval: Int = 36_500) {
        self.w = parameters.count == 21 ? parameters : Self.defaultParameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
    }

    var decay: Double { -w[20] }
    var factor: Double { pow(0.9, 1 / decay) - 1 }

    /// Probability of recall at `now` (0 for a card never reviewed).
    public func retrievability(_ card: FSRSCard, at now: Double) -> Double {
        guard let last = card.lastReview, let s = card.stability else { return 0 }
        let elapsed = max(0, Self.wholeDays(now - last))
        return pow(1 + factor * Double(elapsed) / s, decay)
    }

    /// The card after a review with `rating` at time `now`.
    public func review(_ card: FSRSCard, rating: FSRSRating, at now: Double) -> FSRSCard {
        var c = card
        let sinceLast = card.lastReview.map { Self.wholeDays(now - $0) }
        let r = Double(rating.rawValue)
        var interval: Double
        switch card.phase {
        case .learning, .relearning:
            let steps = card.phase == .learning ? learningSteps : relearningSteps
            let step = card.step ?? 0
            if let s = c.stability, let d = c.difficulty {
                if let days = sinceLast, days < 1 {
                    c.stability = shortTermStability(s, rating)
                } else {
                    c.stability = nextStability(d: d, s: s, r: retrievability(card, at: now), rating)
                }
                c.difficulty = nextDifficulty(d, rating)
            } else {
                c.stability = initialStability(rating)
                c.difficulty = clampDifficulty(initialDifficulty(r))
            }
            let stability = c.stability ?? Self.minStability
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                c.phase = .review; c.step = nil
                interval = Double(nextInterval(stability)) * Self.day
            } else {
                switch rating {
                case .again:
                    c.step = 0; interval = steps[0]
                case .hard:
                    if step == 0 && steps.count == 1 { interval = steps[0] * 1.5 }
                    else if step == 0 { interval = (steps[0] + steps[1]) / 2 }
                    else { interval = steps[step] }
                case .good:
                    if step + 1 == steps.count {
                        c.phase = .review; c.step = nil
                        interval = Double(nextInterval(stability)) * Self.day
                    } else {
                        c.step = step + 1; interval = steps[step + 1]
                    }
                case .easy:
                    c.phase = .review; c.step = nil
                    interval = Double(nextInterval(stability)) * Self.day
                }
            }
        case .review:
            let s = card.stability ?? Self.minStability
            let d = card.difficulty ?? clampDifficulty(initialDifficulty(3))
            if let days = sinceLast, days < 1 {
                c.stability = shortTermStability(s, rating)
            } else {
                c.stability = nextStability(d: d, s: s, r: retrievability(card, at: now), rating)
            }
            c.difficulty = nextDifficulty(d, rating)
            if rating == .again && !relearningSteps.isEmpty {
                c.phase = .relearning; c.step = 0; interval = relearningSteps[0]
            } else {
                interval = Double(nextInterval(c.stability ?? s)) * Self.day
            }
        }
        c.due = now + interval
        c.lastReview = now
        return c
    }

    // MARK: - FSRS-6 formulas

    /// Python's `timedelta.days`: whole days, rounded down.
    static func wholeDays(_ seconds: Double) -> Int { Int((seconds / day).rounded(.down)) }

    func clampDifficulty(_ d: Double) -> Double { min(max(d, 1), 10) }

    func initialStability(_ rating: FSRSRating) -> Double { max(w[rating.rawValue - 1], Self.minStability) }

    func initialDifficulty(_ r: Double) -> Double { w[4] - exp(w[5] * (r - 1)) + 1 }

    func nextInterval(_ stability: Double) -> Int {
        let raw = stability / factor * (pow(desiredRetention, 1 / decay) - 1)
        let days = Int(raw.rounded(.toNearestOrEven))
        return min(max(days, 1), maximumInterval)
    }

    func shortTermStability(_ s: Double, _ rating: FSRSRating) -> Double {
        var increase = exp(w[17] * (Double(rating.rawValue) - 3 + w[18])) * pow(s, -w[19])
        if rating != .again { increase = max(increase, 1) }
        return max(s * increase, Self.minStability)
    }

    func nextDifficulty(_ d: Double, _ rating: FSRSRating) -> Double {
        let delta = -(w[6] * (Double(rating.rawValue) - 3))
        let damped = d + (10 - d) * delta / 9
        return clampDifficulty(w[7] * initialDifficulty(4) + (1 - w[7]) * damped)
    }

    func nextStability(d: Double, s: Double, r: Double, _ rating: FSRSRating) -> Double {
        let next: Double
        if rating == .again {
            let long = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * exp((1 - r) * w[14])
            let short = s / exp(w[17] * w[18])
            next = min(long, short)
        } else {
            let hard = rating == .hard ? w[15] : 1
            let easy = rating == .easy ? w[16] : 1
            next = s * (1 + exp(w[8]) * (11 - d) * pow(s, -w[9]) * (exp((1 - r) * w[10]) - 1) * hard * easy)
        }
        return max(next, Self.minStability)
    }
}
