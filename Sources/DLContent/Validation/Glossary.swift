/// `Lessons/glossary.yaml`: for each English term, the Korean term the lessons and quizzes use, the
/// calques it replaces, and whether the English term is written in lower case inside Korean text.
public struct Glossary: Equatable, Sendable {
    /// One entry of the glossary.
    public struct Term: Equatable, Sendable {
        /// The English term, e.g. `feature map`.
        public var en: String
        /// The Korean term used instead, e.g. `feature map` or `맵`.
        public var ko: String
        /// Korean words this entry replaces (calques); `check` warns where Korean text uses one.
        public var avoid: [String]
        /// When true, `check` warns where Korean text starts the English term with a capital (`Weight를`).
        public var lowercase: Bool
        /// Line of the entry in the glossary file.
        public var line: Int

        /// Creates an entry.
        public init(en: String, ko: String, avoid: [String] = [], lowercase: Bool = false, line: Int = 1) {
            self.en = en; self.ko = ko; self.avoid = avoid; self.lowercase = lowercase; self.line = line
        }
    }

    /// The file name inside `Lessons/`.
    public static let fileName = "glossary.yaml"

    public var terms: [Term]

    /// Creates a glossary from entries.
    public init(terms: [Term]) { self.terms = terms }

    /// Parses the glossary file; problems are reported with file:line:column.
    public static func parse(_ text: String, file: String) -> (Glossary, [Diagnostic]) {
        var r = YAMLReader(file: file)
        let root: YAMLNode?
        do {
            root = try YAMLReader.compose(text)
        } catch {
            return (Glossary(terms: []), [YAMLErrors.diagnostic(error, text: text, file: file)])
        }
        guard let root, let m = r.mapping(root, "glossary") else {
            r.error("the glossary is empty: it needs a 'terms' list", at: root)
            return (Glossary(terms: []), r.diagnostics)
        }
        r.checkKeys(m, allowed: ["terms"], in: "glossary")
        guard let seq = m["terms"]?.sequence else {
            r.error("glossary: 'terms' must be a list of {en, ko, avoid, lowercase}", at: m["terms"] ?? root)
            return (Glossary(terms: []), r.diagnostics)
        }
        var terms: [Term] = []
        for (index, node) in seq.enumerated() {
            let what = "glossary term \(index + 1)"
            guard let tm = r.mapping(node, what) else { continue }
            r.checkKeys(tm, allowed: ["en", "ko", "avoid", "lowercase", "note"], in: what)
            let en = r.string(tm, "en", in: what) ?? ""
            let ko = r.string(tm, "ko", in: what) ?? ""
            let avoid = r.strings(tm, "avoid", in: what, required: false)
            var lowercase = false
            if let flag = tm["lowercase"] {
                if let b = flag.bool { lowercase = b } else { r.error("\(what): 'lowercase' must be true or false", at: flag) }
            }
            if lowercase, en.first.map({ !$0.isLowercase }) ?? true {
                r.error("\(what): a 'lowercase' term must be written in lower case ('\(en)')", at: tm["en"])
            }
            if avoid.isEmpty, !lowercase {
                r.error("\(what): give 'avoid' words or 'lowercase: true', otherwise the entry checks nothing", at: node)
            }
            terms.append(Term(en: en, ko: ko, avoid: avoid, lowercase: lowercase, line: node.mark.line))
        }
        return (Glossary(terms: terms), r.diagnostics)
    }
}
