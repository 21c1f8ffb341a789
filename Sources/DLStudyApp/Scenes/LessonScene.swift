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

/// An interactive, engine-backed widget on a lesson page (a convolution stepper, a receptive-field
/// stack, an LSTM cell...). Scenes are values: `handle` and `tick` change them, `draw` renders them
/// into a rectangle of a frame, and `plainLines` prints their steps for `--plain`.
public protocol LessonScene: Sendable {
    /// Handles a key; returns true when the scene used it (unused keys go to the lesson viewer).
    mutating func handle(_ key: Key) -> Bool
    /// Advances auto-play by one timer tick (100 ms); returns true when something changed.
    mutating func tick() -> Bool
    /// Draws the scene into `area`.
    func draw(into frame: inout Frame, area: Rect, context: SceneContext)
    /// The scene's main keys for the footer and the help overlay.
    func keyHints(_ context: SceneContext) -> [KeyHint]
    /// The scene's steps as plain text lines (for `dlstudy lesson ID --plain`).
    func plainLines(_ context: SceneContext, width: Int) -> [String]
    /// True while the scene reads typed text (e.g. a search field): every key goes to it first.
    var capturesTyping: Bool { get }
    /// The scene's current state as spec values (merged over the page's spec by `y` share and
    /// `lesson --scene`); empty when nothing differs from the page.
    var shareValues: [String: ContentValue] { get }
}

extension LessonScene {
    public mutating func tick() -> Bool { false }
    public var capturesTyping: Bool { false }
    public var shareValues: [String: ContentValue] { [:] }
}

