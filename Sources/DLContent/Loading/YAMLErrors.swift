import Foundation
import Yams

/// Turns a Yams parse error into a diagnostic with the position libyaml reported.
enum YAMLErrors {
    static func diagnostic(_ error: Error, file: String) -> Diagnostic {
        if let y = error as? YamlError {
            switch y {
            case .scanner(let context, let problem, let mark, _),
                 .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                let ctx = context.map { "\($0.text) " } ?? ""
                return Diagnostic(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(ctx)\(problem)")
            case .reader(let problem, _, _, _):
                return Diagnostic(file: file, line: 1, column: 1, message: "not readable as UTF-8 YAML: \(problem)")
            case .duplicatedKeysInMapping(let duplicates, let context):
                return duplicateKey(duplicates, first: context.mark, text: context.text, file: file)
            default:
                return Diagnostic(file: file, line: 1, column: 1, message: "YAML error: \(y)")
            }
        }
        return Diagnostic(file: file, line: 1, column: 1, message: "YAML error: \(error)")
    }

    /// Points at the second occurrence of the duplicated key (libyaml reports the first, and Yams's
    /// message carries the whole file): the next line after `first` that has the same key at the
    /// same column.
    static func duplicateKey(_ keys: [String], first: Mark, text: String, file: String) -> Diagnostic {
        let key = keys.sorted().first ?? ""
        let names = keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = max(first.column - 1, 0)
        var line = first.line
        for number in stride(from: first.line + 1, through: lines.count, by: 1) {
            let l = lines[number - 1].utf8
            guard l.count > indent, l.prefix(indent).allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }) else { continue }
            let rest = String(Substring(lines[number - 1]).dropFirst(indent))
            if let colon = rest.firstIndex(of: ":") {
                let name = rest[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
                if name == key { line = number; break }
            }
        }
        let where_ = line == first.line ? "" : " (first at line \(first.line))"
        return Diagnostic(file: file, line: line, column: first.column,
                          message: "duplicate key \(names) in one mapping\(where_); each key may appear once")
    }
}
