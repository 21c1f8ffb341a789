import TUIKit

/// Stepping state shared by the Vision scenes: the current step out of a count, auto-play and its speed.
struct StepPlayer: Equatable, Sendable {
    /// Steps taken, 0…count.
    var step = 0
    var count: Int
    var playing = false
    /// Ticks (100 ms) between steps while playing.
    var ticksPerStep = 5
    private var ticks = 0

    init(count: Int) { self.count = max(0, count) }

    var isDone: Bool { step >= count }

    /// Space/Enter/→ step, ← back, a play/pause, r reset, +/- speed; true when the key was used.
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(" "), .enter, .right, .char("l"):
            step = min(count, step + 1)
        case .left, .char("h"), .backspace:
            step = max(0, step - 1)
        case .char("a"):
            playing.toggle()
            if playing && isDone { step = 0 }
        case .char("r"):
            step = 0; playing = false
        case .char("+"):
            ticksPerStep = max(1, ticksPerStep - 1)
        case .char("-"):
            ticksPerStep = min(20, ticksPerStep + 1)
        case .char("e"):
            step = count; playing = false
        default:
            return false
        }
        return true
    }

    /// One timer tick: advances while playing; stops at the end.
    mutating func tick() -> Bool {
        guard playing else { return false }
        ticks += 1
        guard ticks >= ticksPerStep else { return false }
        ticks = 0
        if step < count { step += 1 }
        if isDone { playing = false }
        return true
    }

    /// Resets to a new number of steps.
    mutating func restart(count newCount: Int) {
        count = max(0, newCount); step = 0; playing = false; ticks = 0
    }

    /// Footer hints for stepping.
    static func hints(_ context: SceneContext) -> [KeyHint] {
        [KeyHint("Spc/←→", context.tr("step", "단계")), KeyHint("a", context.tr("play", "재생")),
         KeyHint("r", context.tr("reset", "처음"))]
    }
}
