import Foundation

/// One figure the lecture notes state (quoted verbatim), next to the calc expression that computes
/// it exactly, a verdict, and an explanation whose numbers are calc placeholders. Read from
/// `Lessons/notes-figures.yaml` (format in Lessons/README.md, "The notes' figures").
public struct NotesFigure: Equatable, Sendable {
    /// How the notes' figure compares with the computed value (the rule: `NotesFigureVerdict`).
    public enum Verdict: String, CaseIterable, Equatable, Sendable {
        /// The notes give the exact value.
        case exact
        /// The notes round (or cut) the value, within one unit of the last digit they write.
        case rounded
        /// The notes' figure is off by more than that; the explanation says why.
        case differs
    }

    public var id: String
    public var lecture: Int
    /// The notes' words, verbatim (Korean or English as in the notes).
    public var quote: String
    /// The number the notes state; nil when they make a claim without a number.
    public var stated: Double?
    /// The calc expression that computes the exact value.
    public var calc: String
    public var verdict: Verdict
    /// Why the notes' figure is right, rounded or off; numbers are `{{calc}}` placeholders.
    public var explanation: LocalizedText
    /// The line of the figure's entry in its file.
    public var line: Int

    public init(id: String, lecture: Int, quote: String, stated: Double?, calc: String, verdict: Verdict,
                explanation: LocalizedText, line: Int) {
        self.id = id; self.lecture = lecture; self.quote = quote; self.stated = stated
        self.calc = calc; self.verdict = verdict; self.explanation = explanation; self.line = line
    }

    /// The explanation in `language` with its placeholders computed by the engine (one that does not
    /// evaluate shows as `⟨expression?⟩`, and `dlstudy check` reports it).
    public func explanationText(_ language: Language) -> String {
        Placeholders.expand(explanation.text(language), evaluate: CalcEvaluator.placeholder)
    }

    /// The value the calc expression computes.
    public func computed() throws(CalcError) -> Double { try CalcEvaluator.evaluate(calc).value }

    /// Stands in for a figure a scene needs but the content lacks (the scene is then refused with
    /// the problem, so this value is never shown).
    static func missing(_ id: String) -> NotesFigure {
        NotesFigure(id: id, lecture: 0, quote: "", stated: nil, calc: "", verdict: .exact,
                    explanation: LocalizedText(en: "", ko: ""), line: 1)
    }
}

/// The notes' figures of one content folder, from its `Lessons/notes-figures.yaml`.
public struct NotesFigures: Equatable, Sendable {
    /// The file's name inside `Lessons/` (it is not a lesson).
    public static let fileName = "notes-figures.yaml"
    /// No figures (no file was loaded).
    public static let empty = NotesFigures(file: "", all: [])

    /// The file they were read from, as diagnostics name it; empty when none was loaded.
    public var file: String
    /// Every figure, in file order.
    public var all: [NotesFigure]

    public init(file: String, all: [NotesFigure]) {
        self.file = file; self.all = all
    }

    /// The figure with `id`.
    public func figure(_ id: String) -> NotesFigure? { all.first { $0.id == id } }

    /// Whether `path` names a notes' figures file.
    public static func isFigures(_ path: String) -> Bool {
        (path as NSString).lastPathComponent == fileName
    }
}
