/// Parses `Lessons/notes-figures.yaml` (format in Lessons/README.md, "The notes' figures") into
/// `NotesFigures` and checks every entry with the engine (`NotesFigureCheck`), reporting each problem
/// at its `file:line:column`. A figure with problems is still returned when it has every field.
public enum NotesFigureParser {
    static let fileKeys: Set<String> = ["figures"]
    static let figureKeys: Set<String> = ["id", "lecture", "quote", "stated", "calc", "verdict", "explanation"]

    /// Parses `text` from `file`; returns the figures and the diagnostics.
    public static func parse(_ text: String, file: String) -> (NotesFigures, [Diagnostic]) {
        var r = YAMLReader(file: file)
        let root: YAMLNode?
        do {
            root = try YAMLReader.compose(text)
        } catch {
            return (NotesFigures(file: file, all: []), [YAMLErrors.diagnostic(error, text: text, file: file)])
        }
        guard let root, let m = r.mapping(root, "the notes' figures file") else {
            r.error("the file is empty: it needs 'figures', a list of the notes' figures", at: root)
            return (NotesFigures(file: file, all: []), r.diagnostics)
        }
        r.checkKeys(m, allowed: fileKeys, in: "the notes' figures file")
        var figures: [NotesFigure] = []
        if let list = m.value(forKey: "figures") {
            if let entries = list.sequence {
                if entries.isEmpty { r.error("'figures' is empty: list at least one of the notes' figures", at: list) }
                var seen: [String: Int] = [:]
                for (index, node) in entries.enumerated() {
                    guard let figure = parseFigure(node, number: index + 1, reader: &r) else { continue }
                    if let first = seen[figure.id] {
                        r.error("figure id '\(figure.id)' is also used at line \(first)", at: node)
                        continue
                    }
                    seen[figure.id] = figure.line
                    figures.append(figure)
                }
            } else {
                r.error("'figures' must be a list of figures", at: list)
            }
        } else {
            r.error("the notes' figures file: missing 'figures'", at: root)
        }
        return (NotesFigures(file: file, all: figures), r.diagnostics)
    }

    private static func parseFigure(_ node: YAMLNode, number: Int, reader r: inout YAMLReader) -> NotesFigure? {
        guard let m = r.mapping(node, "figure \(number)") else { return nil }
        let id = r.string(m, "id", in: "figure \(number)")
        let what = id.map { "figure '\($0)'" } ?? "figure \(number)"
        r.checkKeys(m, allowed: figureKeys, in: what)
        if let id, !ContentIDs.isValid(id) { r.error("\(what): id must be lowercase letters, digits and '-'", at: m["id"]) }
        let lecture = r.int(m, "lecture", in: what)
        if let lecture, !(4...7).contains(lecture) { r.error("\(what): lecture must be 4, 5, 6 or 7, not \(lecture)", at: m["lecture"]) }
        let quote = r.string(m, "quote", in: what)
        if let quote, quote.allSatisfy(\.isWhitespace) { r.error("\(what): 'quote' is empty", at: m["quote"]) }
        let stated = r.number(m, "stated", in: what, required: false)
        let calc = r.string(m, "calc", in: what)
        let verdict = parseVerdict(m, what: what, reader: &r)
        let explanation = r.localized(m, "explanation", in: what)
        guard let id, let lecture, let quote, let calc, let verdict, let explanation else { return nil }
        let figure = NotesFigure(id: id, lecture: lecture, quote: quote, stated: stated, calc: calc, verdict: verdict,
                                 explanation: explanation, line: node.mark.line)
        NotesFigureCheck.check(figure, what: what, in: m, reader: &r)
        return figure
    }

    private static func parseVerdict(_ m: YAMLNode.Mapping, what: String, reader r: inout YAMLReader) -> NotesFigure.Verdict? {
        guard let text = r.string(m, "verdict", in: what) else { return nil }
        if let verdict = NotesFigure.Verdict(rawValue: text) { return verdict }
        let names = NotesFigure.Verdict.allCases.map(\.rawValue)
        r.error("\(what): verdict '\(text)' must be one of \(names.joined(separator: ", "))\(ContentIDs.suggestion(text, among: names))",
                at: m["verdict"])
        return nil
    }
}

/// Checks one parsed figure with the engine: its calc expression evaluates, its verdict fits the
/// stated and computed numbers (`NotesFigureVerdict`), and its explanation's placeholders evaluate.
enum NotesFigureCheck {
    static func check(_ figure: NotesFigure, what: String, in m: YAMLNode.Mapping, reader r: inout YAMLReader) {
        let computed: Double?
        do {
            computed = try figure.computed()
        } catch {
            computed = nil
            r.error("\(what): calc '\(figure.calc)': \(error)", at: m["calc"])
        }
        if let stated = figure.stated, let computed {
            let written = m.value(forKey: "stated")?.scalar?.string ?? CalcValidator.number(stated)
            if let problem = NotesFigureVerdict.problem(figure.verdict, stated: stated, written: written, computed: computed) {
                r.error("\(what): \(problem)", at: m["verdict"])
            }
        } else if figure.stated == nil, figure.verdict == .rounded {
            r.error("\(what): verdict 'rounded' needs 'stated', the number the notes write", at: m["verdict"])
        }
        let texts = m.value(forKey: "explanation")?.mapping
        for language in Language.allCases {
            let line = texts?.value(forKey: language.rawValue)?.mark.line ?? figure.line
            r.diagnostics += CalcValidator.placeholders(in: figure.explanation.text(language), file: r.file, line: line,
                                                        what: "\(what) explanation.\(language.rawValue)")
        }
    }
}
