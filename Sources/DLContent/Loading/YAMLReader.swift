import Foundation
import Yams

/// Reads typed fields from a parsed YAML mapping and collects `file:line:column` diagnostics for
/// anything missing, mistyped or unknown, so a file is checked completely in one pass.
struct YAMLReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// The nodes of a content file's YAML. Tags are resolved with Yams' `basic` resolver (every
    /// untagged scalar is a string): Yams' default one runs seven regular expressions on each
    /// mapping key while checking for duplicate keys, and content files never read a tag — numbers
    /// and booleans are read from a scalar's text (`Node.int`, `.float`, `.bool`), which the
    /// resolver does not change, and two keys are duplicates under either resolver exactly when
    /// their texts are equal.
    static func compose(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, .basic)
    }

    /// Longest text one field may hold, in UTF-8 bytes (the longest shipped one is about 1,200):
    /// a longer one is reported and cut, so no screen ever lays out megabytes.
    static let maxTextBytes = 20_000

    /// `text`, or its first `maxTextBytes` bytes (at a character boundary) with a problem reported.
    mutating func bounded(_ text: String, _ what: String, at node: Node?) -> String {
        guard text.utf8.count > Self.maxTextBytes else { return text }
        error("\(what) is \(text.utf8.count) bytes long; a text may be at most \(Self.maxTextBytes) bytes (cut to that)", at: node)
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
    mutating func error(_ message: String, at node: Node?) {
        let mark = node?.mark
        diagnostics.append(Diagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
    }

    /// The mapping of a node, or an error naming `what`.
    mutating func mapping(_ node: Node?, _ what: String) -> Node.Mapping? {
        guard let node else { return nil }
        guard let m = node.mapping else { error("\(what) must be a mapping", at: node); return nil }
        return m
    }

    /// Reports keys of `mapping` that are not in `allowed`.
    mutating func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>, in what: String) {
        for (key, _) in mapping {
            guard let k = key.string else { error("\(what): keys must be strings", at: key); continue }
            if !allowed.contains(k) {
                let known = allowed.sorted().joined(separator: ", ")
                error("\(what): unknown key '\(k)' (known keys: \(known))", at: key)
            }
        }
    }

    /// A required string field.
    mutating func string(_ m: Node.Mapping, _ key: String, in what: String, required: Bool = true) -> String? {
        guard let node = m.value(forKey: key) else {
            if required { error("\(what): missing '\(key)'", at: anyNode(m)) }
            return nil
        }
        guard case .scalar(let s) = node else { error("\(what): '\(key)' must be text", at: node); return nil }
        return bounded(s.string, "\(what): '\(key)'", at: node)
    }

    /// A required integer field.
    mutating func int(_ m: Node.Mapping, _ key: String, in what: String, required: Bool = true) -> Int? {
        guard let node = m.value(forKey: key) else {
            if required { error("\(what): missing '\(key)'", at: anyNode(m)) }
            return nil
        }
        guard let v = node.int else { error("\(what): '\(key)' must be a whole number", at: node); return nil }
        return v
    }

    /// A number field.
    mutating func number(_ m: Node.Mapping, _ key: String, in what: String, required: Bool = true) -> Double? {
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
    mutating func strings(_ m: Node.Mapping, _ key: String, in what: String, required: Bool = true) -> [String] {
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
    mutating func localized(_ m: Node.Mapping, _ key: String, in what: String, required: Bool = true) -> LocalizedText? {
        guard let node = m.value(forKey: key) else {
            if required { error("\(what): missing '\(key)' (needs en and ko)", at: anyNode(m)) }
            return nil
        }
        return localized(node, "\(what) \(key)")
    }

    /// A localized text from a node.
    mutating func localized(_ node: Node, _ what: String) -> LocalizedText? {
        guard let lm = node.mapping else { error("\(what) must have 'en' and 'ko' texts", at: node); return nil }
        checkKeys(lm, allowed: ["en", "ko"], in: what)
        var en: String?
        var ko: String?
        for lang in ["en", "ko"] {
            guard let v = lm.value(forKey: lang) else {
                error("\(what): missing \(lang == "en" ? "English (en)" : "Korean (ko)") translation", at: node)
                continue
            }
            guard case .scalar(let s) = v else { error("\(what).\(lang) must be text", at: v); continue }
            if s.string.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) {
                error("\(what).\(lang) is empty", at: v); continue
            }
            let kept = bounded(s.string, "\(what).\(lang)", at: v)
            if lang == "en" { en = kept } else { ko = kept }
        }
        guard let en, let ko else { return nil }
        return LocalizedText(en: en, ko: ko)
    }

    /// Converts any node into a plain value tree.
    mutating func value(_ node: Node) -> ContentValue {
        switch node {
        case .scalar(let s):
            if s.style == .plain || s.style == .any {
                if let i = node.int { return .number(Double(i)) }
                if let d = node.float { return .number(d) }
                if let b = node.bool { return .bool(b) }
            }
            return .string(bounded(s.string, "a value", at: node))
        case .sequence(let seq):
            return .list(seq.map { value($0) })
        case .mapping(let m):
            var out: [String: ContentValue] = [:]
            for (k, v) in m { out[k.string ?? ""] = value(v) }
            return .map(out)
        case .alias:
            error("aliases are not supported in content files", at: node)
            return .string("")
        }
    }

    /// The first node of a mapping, to point at it when a key is missing.
    private func anyNode(_ m: Node.Mapping) -> Node? { Node.mapping(m) }
}

extension Node.Mapping {
    /// The value under a text key (the last one, as Yams' `mapping["key"]`), found by comparing the
    /// key's text. Yams' subscript resolves the probe key's tag with regular expressions on every
    /// lookup; the result is the same for every key name the content formats use, none of which
    /// reads as a YAML bool, null or number.
    func value(forKey key: String) -> Node? {
        var index = endIndex
        while index > startIndex {
            index -= 1
            if case .scalar(let k) = self[index].key, k.string == key { return self[index].value }
        }
        return nil
    }
}
