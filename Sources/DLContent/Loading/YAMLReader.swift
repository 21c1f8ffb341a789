import Foundation

/// Reads typed fields from a parsed YAML mapping and collects `file:line:column` diagnostics for
/// anything missing, mistyped or unknown, so a file is checked completely in one pass.
struct YAMLReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// The nodes of a content file's YAML (lessons, quizzes, the glossary, the notes' figures).
    static func compose(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
        try YAMLComposer.compose(text)
    }

    /// Longest text one field may hold, in UTF-8 bytes (the longest shipped one is about 1,200):
    /// a longer one is reported and cut, so no screen ever lays out megabytes.
    static let maxTextBytes = 20_000

    /// `text`, or its first `maxTextBytes` bytes (at a character boundary) with a problem reported.
    mutating func bounded(_ text: String, _ what: @autoclosure () -> String, at node: YAMLNode?) -> String {
        guard text.utf8.count > Self.maxTextBytes else { return text }
        error("\(what()) is \(text.utf8.count) bytes long; a text may be at most \(Self.maxTextBytes) bytes (cut to that)", at: node)
        var cut = ""
        var used = 0
        for character in text {
            let n = character.utf8.count
            if used + n > Self.maxTextBytes { break }
            used += n
            cut.append(character)
        }
        return cut
    }

    /// Records a problem at a node (or at line 1 when the node has no position).
    mutating func error(_ message: String, at node: YAMLNode?) {
        let mark = node?.mark ?? YAMLMark(line: 1, column: 1)
        diagnostics.append(Diagnostic(file: file, line: mark.line, column: mark.column, message: message))
    }

    /// The mapping of a node, or an error naming `what`.
    mutating func mapping(_ node: YAMLNode?, _ what: String) -> YAMLNode.Mapping? {
        guard let node else { return nil }
        guard let m = node.mapping else { error("\(what) must be a mapping", at: node); return nil }
        return m
    }

    /// Reports keys of `mapping` that are not in `allowed`.
    mutating func checkKeys(_ mapping: YAMLNode.Mapping, allowed: Set<String>, in what: @autoclosure () -> String) {
        for (key, _) in mapping {
            guard let k = key.string else { error("\(what()): keys must be strings", at: key); continue }
            if !allowed.contains(k) {
                let known = allowed.sorted().joined(separator: ", ")
                error("\(what()): unknown key '\(k)' (known keys: \(known))", at: key)
            }
        }
    }

    /// A required string field.
    mutating func string(_ m: YAMLNode.Mapping, _ key: String, in what: String, required: Bool = true) -> String? {
        guard let node = m.value(forKey: key) else {
            if required { error("\(what): missing '\(key)'", at: anyNode(m)) }
            return nil
        }
        guard case .scalar(let s) = node else { error("\(what): '\(key)' must be text", at: node); return nil }
        return bounded(s.string, "\(what): '\(key)'", at: node)
    }

    /// A required integer field.
    mutating func int(_ m: YAMLNode.Mapping, _ key: String, in what: String, required: Bool = true) -> Int? {
        guard let node = m.value(forKey: key) else {
            if required { error("\(what): missing '\(key)'", at: anyNode(m)) }
            return nil
        }
        guard let v = node.int else { error("\(what): '\(key)' must be a whole number", at: node); return nil }
        return v
    }

    /// A number field.
    mutating func number(_ m: YAMLNode.Mapping, _ key: String, in what: String, required: Bool = true) -> Double? {
        guard let node = m.value(forKey: key) else {
            if required { error("\(what): missing '\(key)'", at: anyNode(m)) }
            return nil
        }
        guard let v = node.float ?? node.int.map(Double.init) else {
            error("\(what): '\(key)' must be a number", at: node); return nil
        }
        return v
    }

    /// A list of strings (a YAML sequence of scalars).
    mutating func strings(_ m: YAMLNode.Mapping, _ key: String, in what: String, required: Bool = true) -> [String] {
        guard let node = m.value(forKey: key) else {
            if required { error("\(what): missing '\(key)'", at: anyNode(m)) }
            return []
        }
        guard let seq = node.sequence else { error("\(what): '\(key)' must be a list", at: node); return [] }
        var out: [String] = []
        for item in seq {
            if let s = item.string, case .scalar = item { out.append(bounded(s, "\(what): '\(key)' item", at: item)) } else { error("\(what): '\(key)' items must be text", at: item) }
        }
        return out
    }

    /// A localized text: a mapping with non-empty `en` and `ko` strings.
    mutating func localized(_ m: YAMLNode.Mapping, _ key: String, in what: String, required: Bool = true) -> LocalizedText? {
        guard let node = m.value(forKey: key) else {
            if required { error("\(what): missing '\(key)' (needs en and ko)", at: anyNode(m)) }
            return nil
        }
        return localized(node, "\(what) \(key)")
    }

    /// The keys of a localized text.
    private static let languageKeys: Set<String> = ["en", "ko"]

    /// A localized text from a node.
    mutating func localized(_ node: YAMLNode, _ what: @autoclosure () -> String) -> LocalizedText? {
        guard let lm = node.mapping else { error("\(what()) must have 'en' and 'ko' texts", at: node); return nil }
        checkKeys(lm, allowed: Self.languageKeys, in: what())
        let en = text(of: lm, "en", "English (en)", in: node, what)
        let ko = text(of: lm, "ko", "Korean (ko)", in: node, what)
        guard let en, let ko else { return nil }
        return LocalizedText(en: en, ko: ko)
    }

    /// One language's text of a localized text: present, a scalar, not blank.
    private mutating func text(of lm: YAMLNode.Mapping, _ lang: String, _ name: String, in node: YAMLNode,
                               _ what: () -> String) -> String? {
        guard let v = lm.value(forKey: lang) else {
            error("\(what()): missing \(name) translation", at: node)
            return nil
        }
        guard case .scalar(let s) = v else { error("\(what()).\(lang) must be text", at: v); return nil }
        if Self.isBlank(s.string) { error("\(what()).\(lang) is empty", at: v); return nil }
        return bounded(s.string, "\(what()).\(lang)", at: v)
    }

    /// True when `text` is only `CharacterSet.whitespacesAndNewlines`, decided on the UTF-8 bytes
    /// when they tell: a printable ASCII byte, or a lead byte other than C2, E1, E2, E3 (the only
    /// ones that start a non-ASCII white-space scalar: U+0085, U+00A0, U+1680, U+180E,
    /// U+2000–U+205F, U+3000), means not blank; only ASCII white space means blank. Anything else
    /// (e.g. only U+3000 or a control character) is asked of `CharacterSet`.
    static func isBlank(_ text: String) -> Bool {
        var text = text
        let decided: Bool? = text.withUTF8 { bytes in
            var ascii = true
            for b in bytes {
                if b > 0x20, b < 0x7F { return false }
                if b >= 0xC0 {
                    if b != 0xC2, b != 0xE1, b != 0xE2, b != 0xE3 { return false }
                    ascii = false
                } else if b >= 0x80 {
                    ascii = false
                } else if !(b == 0x20 || (0x09...0x0D).contains(b)) {
                    ascii = false   // other control characters: CharacterSet decides
                }
            }
            return ascii ? true : nil
        }
        return decided ?? text.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains)
    }

    /// Converts any node into a plain value tree.
    mutating func value(_ node: YAMLNode) -> ContentValue {
        switch node {
        case .scalar(let s):
            if s.style == .plain || s.style == .any {
                if let i = node.int { return .number(Double(i)) }
                if let d = node.float { return .number(d) }
                if let b = node.bool { return .bool(b) }
            }
            return .string(bounded(s.string, "a value", at: node))
        case .sequence(let seq, _):
            return .list(seq.map { value($0) })
        case .mapping(let m):
            var out: [String: ContentValue] = [:]
            for (k, v) in m { out[k.string ?? ""] = value(v) }
            return .map(out)
        }
    }

    /// The first node of a mapping, to point at it when a key is missing.
    private func anyNode(_ m: YAMLNode.Mapping) -> YAMLNode? { .mapping(m) }
}
