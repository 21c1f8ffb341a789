import TUIKit

/// Stepping through a trace, shared by every scene that replays one: how many steps are done,
/// auto-play and its speed. Keys: Space/Enter/→/l step, ←/h/Backspace back, `a` auto-play,
/// `+`/`-` speed, `r` reset.
struct StepPlayer: Equatable, Sendable {
    /// Steps done (0 = none yet, `count` = all).
    var step: Int
    var count: Int
    var playing = false
    /// Index into `ticksPerStep` (higher is faster).
    var speed = 2
    var elapsed = 0

    static let ticksPerStep = [20, 10, 5, 3, 1]

    init(count: Int, step: Int = 0, speed: Int = 2) {
        self.count = count
        self.step = min(max(0, step), count)
        self.speed = min(max(0, speed), Self.ticksPerStep.count - 1)
    }

    /// Keeps the step (clamped) when the number of steps changes.
    mutating func resize(count newCount: Int) {
        count = max(0, newCount); step = min(step, count)
        if step >= count { playing = false }
    }

    /// Handles the stepping keys; true when the key was one of them.
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(" "), .enter, .right, .char("l"):
            playing = false
            step = min(count, step + 1)
        case .left, .char("h"), .backspace:
            playing = false
            step = max(0, step - 1)
        case .char("a"):
            if step >= count { step = 0 }
            playing.toggle()
            elapsed = 0
        case .char("+"), .char("="):
            speed = min(Self.ticksPerStep.count - 1, speed + 1)
        case .char("-"), .char("_"):
            speed = max(0, speed - 1)
        case .char("r"):
            playing = false
            step = 0
        default:
            return false
        }
        return true
    }

    /// Whether every step is done.
    var isDone: Bool { step >= count }

    /// Starts again with a new number of steps.
    mutating func restart(count newCount: Int) {
        count = max(0, newCount); step = 0; playing = false; elapsed = 0
    }

    /// Jumps to the end.
    mutating func finish() {
        step = count; playing = false
    }

    /// One 100 ms tick of auto-play.
    mutating func tick() -> Bool {
        guard playing else { return false }
        elapsed += 1
        guard elapsed >= Self.ticksPerStep[speed] else { return false }
        elapsed = 0
        step = min(count, step + 1)
        if step >= count { playing = false }
        return true
    }

    /// `Space/→ step  ← back  a play  +/- speed  r reset`.
    func hints(_ tr: (String, String) -> String) -> [KeyHint] {
        [KeyHint("Space", tr("step", "한 단계")), KeyHint("←", tr("back", "뒤로")),
         KeyHint("a", playing ? tr("pause", "멈춤") : tr("play", "재생")), KeyHint("+/-", tr("speed", "속도")),
         KeyHint("r", tr("reset", "처음으로"))]
    }

    /// `step 3/9 ▶ speed 3/5`.
    func status(_ tr: (String, String) -> String) -> String {
        var s = tr("step", "단계") + " \(step)/\(count)"
        if playing { s += " ▶" }
        s += "  " + tr("speed", "속도") + " \(speed + 1)/\(Self.ticksPerStep.count)"
        return s
    }

    /// Footer hints for stepping (short form).
    static func hints(_ context: SceneContext) -> [KeyHint] {
        [KeyHint("Spc/←→", context.tr("step", "단계")), KeyHint("a", context.tr("play", "재생")),
         KeyHint("r", context.tr("reset", "처음"))]
    }
}
