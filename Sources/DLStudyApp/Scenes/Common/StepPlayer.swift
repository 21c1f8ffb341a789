import TUIKit

/// Stepping through a trace, shared by every scene that replays one: how many steps are done,
/// auto-play and its speed. Its keys (`StepPlayer.Keys`): Space/Enter/→/l step, ←/h/Backspace back,
/// `a` auto-play, `+`/`-` speed, `r` reset.
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

    mutating func stepForward() { playing = false; step = min(count, step + 1) }
    mutating func stepBack() { playing = false; step = max(0, step - 1) }
    mutating func togglePlay() {
        if step >= count { step = 0 }
        playing.toggle()
        elapsed = 0
    }
    mutating func faster() { speed = min(Self.ticksPerStep.count - 1, speed + 1) }
    mutating func slower() { speed = max(0, speed - 1) }
    mutating func reset() { playing = false; step = 0 }

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

    /// `step 3/9 ▶ speed 3/5`.
    func status(_ tr: (String, String) -> String) -> String {
        var s = tr("step", "단계") + " \(step)/\(count)"
        if playing { s += " ▶" }
        s += "  " + tr("speed", "속도") + " \(speed + 1)/\(Self.ticksPerStep.count)"
        return s
    }
}

extension StepPlayer {
    /// The player's key bindings for a scene `S` that holds it at `path`, declared once here; a scene
    /// lists them (in the order and with the footer entries it wants) in its own table.
    struct Keys<S> {
        typealias Binding = KeyTable<SceneAction<S>>.Binding
        var step, back, play, faster, slower, reset: Binding
        /// All of them in the usual order: step, back, play, speed, reset.
        var all: [Binding] { [step, back, play, faster, slower, reset] }
    }

    /// The bindings, with the full footer (`Space step  ← back  a play  +/- speed  r reset`).
    static func keys<S>(_ path: WritableKeyPath<S, StepPlayer> & Sendable, playing: Bool) -> Keys<S> {
        let t = UIText.t
        let play = playing ? t("pause", "일시정지") : t("play", "재생")
        return Keys(
            step: .init([.char(" "), .enter, .right, .char("l")], { $0[keyPath: path].stepForward() },
                        help: t("step", "한 단계"), footer: ("Space", t("step", "한 단계"))),
            back: .init([.left, .char("h"), .backspace], { $0[keyPath: path].stepBack() },
                        help: t("back", "뒤로"), footer: ("←", t("back", "뒤로"))),
            play: .init([.char("a")], { $0[keyPath: path].togglePlay() }, help: play, footer: ("a", play)),
            faster: .init([.char("+"), .char("=")], { $0[keyPath: path].faster() },
                          help: t("faster / slower", "빠르게 / 느리게"), footer: ("+/-", t("speed", "속도"))),
            slower: .init([.char("-"), .char("_")], { $0[keyPath: path].slower() }),
            reset: .init([.char("r")], { $0[keyPath: path].reset() }, help: t("reset", "처음으로"), footer: ("r", t("reset", "처음으로"))))
    }

    /// The bindings with the short footer (`Spc/←→ step  a play  r reset`).
    static func shortKeys<S>(_ path: WritableKeyPath<S, StepPlayer> & Sendable, playing: Bool) -> Keys<S> {
        var keys = keys(path, playing: playing)
        keys.step.footer = ("Spc/←→", UIText.t("step", "단계"))
        keys.back.footer = nil
        keys.play.footer = ("a", UIText.t("play", "재생"))
        keys.faster.footer = nil
        keys.reset.footer = ("r", UIText.t("reset", "처음"))
        return keys
    }
}
