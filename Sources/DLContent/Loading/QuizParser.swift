/// Parses one quiz-set file (YAML, format in Quizzes/README.md) into items, reporting every problem
/// with its line and column. Items with problems are left out; the rest of the file still loads.
public enum QuizParser {
    static let setKeys: Set<String> = ["set", "lecture", "items"]
    static let itemKeys: Set<String> = ["id", "kind", "concepts", "lesson", "source", "prompt", "choices", "answer",
                                        "tolerance", "unit", "verify", "explanation"]

    /// Parses `text` from `file`: the set id (nil when unusable), its items and the diagnostics.
    public static func parse(_ text: String, file: String) -> (set: String?, items: [QuizItem], diagnostics: [Diagnostic]) {
        var r = YAMLReader(file: file)
        let root: YAMLNode?
        do {
            root = try YAMLReader.compose(text)
        } catch {
            return (nil, [], [YAMLErrors.diagnostic(error, text: text, file: file)])
        }
        guard let root, let m = r.mapping(root, "quiz set") else {
            r.error("the file is empty: a quiz set needs set, lecture and items", at: root)
            return (nil, [], r.diagnostics)
        }
        r.checkKeys(m, allowed: setKeys, in: "quiz set")
        let set = r.string(m, "set", in: "quiz set") ?? ""
        if !set.isEmpty, !ContentIDs.isValid(set) { r.error("set id '\(set)' must be lowercase letters, digits and '-'", at: m["set"]) }
        let lecture = r.int(m, "lecture", in: "quiz set") ?? 0
        if lecture != 0, !(4...7).contains(lecture) { r.error("lecture must be 4, 5, 6 or 7, not \(lecture)", at: m["lecture"]) }
        var items: [QuizItem] = []
        if let itemsNode = m.value(forKey: "items") {
            if let seq = itemsNode.sequence {
                for (index, node) in seq.enumerated() {
                    if let item = parseItem(node, number: index + 1, set: set, lecture: lecture, reader: &r) {
                        items.append(item)
                    }
                }
            } else {
                r.error("'items' must be a list of quiz items", at: itemsNode)
            }
        } else {
            r.error("quiz set: missing 'items'", at: root)
        }
        return (set.isEmpty ? nil : set, items, r.diagnostics)
    }

    private static func parseItem(_ node: YAMLNode, number: Int, set: String, lecture: Int, reader r: inout YAMLReader) -> QuizItem? {
        var what = "item \(number)"
        guard let m = r.mapping(node, what) else { return nil }
        let before = r.diagnostics.count
        r.checkKeys(m, allowed: itemKeys, in: what)
        let id = r.string(m, "id", in: what) ?? ""
        if !id.isEmpty {
            what = "item '\(id)'"
            if !ContentIDs.isValid(id) { r.error("\(what): id must be lowercase letters, digits and '-'", at: m["id"]) }
        }
        let kindText = r.string(m, "kind", in: what) ?? ""
        let kind = QuizKind(rawValue: kindText)
        if kind == nil, !kindText.isEmpty {
            let known = QuizKind.allCases.map(\.rawValue)
            r.error("\(what): unknown kind '\(kindText)' (known: \(known.joined(separator: ", ")))", at: m["kind"])
        }
        let concepts = r.strings(m, "concepts", in: what)
        if concepts.isEmpty, m.value(forKey: "concepts") != nil { r.error("\(what): needs at least one concept", at: m["concepts"]) }
        for c in concepts where !Syllabus.contains(c) {
            r.error("\(what): unknown concept '\(c)'\(ContentIDs.suggestion(c, among: Syllabus.concepts.map(\.id)))", at: m["concepts"])
        }
        let lesson = r.string(m, "lesson", in: what, required: false)
        let source = r.string(m, "source", in: what, required: false)
        let prompt = r.localized(m, "prompt", in: what)
        let explanation = r.localized(m, "explanation", in: what)
        var choices: [LocalizedText] = []
        let needsChoices = kind == .single || kind == .multiple || kind == .falseStatement
        if let choicesNode = m.value(forKey: "choices") {
            if !needsChoices, kind != nil { r.error("\(what): a \(kindText) item has no choices", at: choicesNode) }
            if let seq = choicesNode.sequence {
                for (i, c) in seq.enumerated() {
                    if let t = r.localized(c, "\(what) choice \(QuizItem.letter(i))") { choices.append(t) }
                }
            } else {
                r.error("\(what): 'choices' must be a list", at: choicesNode)
            }
        } else if needsChoices {
            r.error("\(what): missing 'choices'", at: node)
        }
        if needsChoices, m.value(forKey: "choices")?.sequence != nil, !(2...6).contains(choices.count) {
            r.error("\(what): needs 2 to 6 choices, has \(choices.count)", at: m["choices"])
        }
        let answer = kind.flatMap { parseAnswer(m, kind: $0, choiceCount: choices.count, what: what, reader: &r) }
        var tolerance: Double?
        var unit: LocalizedText?
        var verify: String?
        if kind == .numeric {
            tolerance = r.number(m, "tolerance", in: what)
            if let t = tolerance, t < 0 { r.error("\(what): tolerance must not be negative", at: m["tolerance"]) }
            unit = r.localized(m, "unit", in: what, required: false)
            verify = r.string(m, "verify", in: what)
        } else if kind != nil {
            for key in ["tolerance", "unit", "verify"] where m.value(forKey: key) != nil {
                r.error("\(what): '\(key)' is only for numeric items", at: m[key])
            }
        }
        guard r.diagnostics.count == before, let kind, let answer, let prompt, let explanation, !id.isEmpty else {
            return nil
        }
        return QuizItem(id: id, set: set, lecture: lecture, kind: kind, concepts: concepts, lesson: lesson,
                        source: source, prompt: prompt, choices: choices, answer: answer, tolerance: tolerance,
                        unit: unit, verify: verify, explanation: explanation, file: r.file, line: node.mark.line)
    }

    private static func parseAnswer(_ m: YAMLNode.Mapping, kind: QuizKind, choiceCount: Int, what: String,
                                    reader r: inout YAMLReader) -> QuizAnswer? {
        guard let node = m.value(forKey: "answer") else { r.error("\(what): missing 'answer'", at: YAMLNode.mapping(m)); return nil }
        func letterIndex(_ n: YAMLNode) -> Int? {
            guard case .scalar(let s) = n, s.string.count == 1, let c = s.string.lowercased().unicodeScalars.first,
                  ("a"..."z").contains(c) else {
                r.error("\(what): answer must be a choice letter (a, b, ...)", at: n); return nil
            }
            let index = Int(c.value) - 97
            if index >= choiceCount {
                r.error("\(what): answer '\(s.string)' is not among the \(choiceCount) choices", at: n); return nil
            }
            return index
        }
        switch kind {
        case .single, .falseStatement:
            return letterIndex(node).map { .choices([$0]) }
        case .multiple:
            guard let seq = node.sequence, !seq.isEmpty else {
                r.error("\(what): a multiple-answer item needs a list of letters, e.g. [a, c]", at: node); return nil
            }
            let indexes = seq.compactMap { letterIndex($0) }
            guard indexes.count == seq.count else { return nil }
            if Set(indexes).count != indexes.count { r.error("\(what): answer repeats a letter", at: node); return nil }
            return .choices(indexes.sorted())
        case .truefalse:
            guard case .scalar = node, let b = node.bool else { r.error("\(what): answer must be true or false", at: node); return nil }
            return .truth(b)
        case .numeric:
            guard case .scalar = node, let v = node.float ?? node.int.map(Double.init) else {
                r.error("\(what): answer must be a number", at: node); return nil
            }
            return .number(v)
        }
    }
}
