import DLContent
import TUIKit

/// What a scene needs to draw itself: language, glyph set, colour, and how to compute placeholders.
public struct SceneContext: Sendable {
    public var language: Language
    public var ascii: Bool
    public var color: Bool
    public init(language: Language, ascii: Bool, color: Bool) {
        self.language = language; self.ascii = ascii; self.color = color
    }
    /// The string for the current language.
    public func tr(_ en: String, _ ko: String) -> String { language == .en ? en : ko }
    /// Box glyphs for the current mode.
    public var glyphs: BoxGlyphs { ascii ? .ascii : .unicode }
}

/// What a key does to a scene: an action on the scene value.
public typealias SceneAction<Scene> = @Sendable (inout Scene) -> Void

/// An interactive, engine-backed widget on a lesson page (a convolution stepper, a receptive-field
/// stack, an LSTM cell...). Scenes are values: their keys (`keys`) and `tick` change them, `draw`
/// renders them into a rectangle of a frame, and `plainLines` prints their steps for `--plain`.
public protocol LessonScene: Sendable {
    /// The scene's keys in its current state, declared once: `handle`, the footer entries and the
    /// scene's rows of the `?` overlay all come from this table.
    var keys: KeyTable<SceneAction<Self>> { get }
    /// Advances auto-play by one timer tick (100 ms); returns true when something changed. With
    /// `boundsWork`, a tick that begins heavy work (training) does one bounded slice of it, and each
    /// further tick the next slice, while `hasPendingWork`.
    mutating func tick() -> Bool
    /// When true (the interactive app), keys, ticks and construction leave heavy work pending to be
    /// done a slice per tick; when false (the default), every call finishes its own work.
    var boundsWork: Bool { get set }
    /// True while work begun (with `boundsWork`) is not finished: the app ticks again without waiting.
    var hasPendingWork: Bool { get }
    /// Does all pending work now.
    mutating func finishWork()
    /// Draws the scene into `area`.
    func draw(into frame: inout Frame, area: Rect, context: SceneContext)
    /// The scene's steps as plain text lines (for `dlstudy lesson ID --plain`).
    func plainLines(_ context: SceneContext, width: Int) -> [String]
    /// True while the scene reads typed text (e.g. a search field): every key goes to it first.
    var capturesTyping: Bool { get }
    /// The scene's current state as spec values (merged over the page's spec by `y` share and
    /// `lesson --scene`); empty when nothing differs from the page.
    var shareValues: [String: ContentValue] { get }
}

extension LessonScene {
    /// Runs the action `keys` binds to `key`; false when the scene has none (the lesson viewer gets the key).
    public mutating func handle(_ key: Key) -> Bool {
        guard let action = keys.command(for: key) else { return false }
        action(&self)
        return true
    }

    /// The scene's footer entries.
    public func footerHints(_ context: SceneContext) -> [KeyHint] { keys.footerHints { $0.text(context.language) } }

    /// The scene's rows of the `?` overlay.
    public func helpRows(_ context: SceneContext) -> [KeyHint] { keys.help { $0.text(context.language) } }

    /// Every key the scene binds in its current state.
    public var boundKeys: Set<Key> { keys.keys }

    public mutating func tick() -> Bool { false }
    public var boundsWork: Bool {
        get { false }
        set {}  // (a scene whose every key and tick is light has nothing to bound)
    }
    public var hasPendingWork: Bool { false }
    public mutating func finishWork() {}
    public var capturesTyping: Bool { false }
    public var shareValues: [String: ContentValue] { [:] }
}

