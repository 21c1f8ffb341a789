import Foundation

/// Turns a YAML composing error into a diagnostic with the position libyaml reported.
enum YAMLErrors {
    static func diagnostic(_ error: YAMLSyntaxError, text: String, file: String) -> Diagnostic {
        switch error {
        case .syntax(let context, let problem, let mark):
            let ctx = context.map { "\($0) " } ?? ""
            return Diagnostic(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(ctx)\(problem)")
        case .reader(let problem):
            return Diagnostic(file: file, line: 1, column: 1, message: "not readable as UTF-8 YAML: \(problem)")
        case .duplicateKeys(let duplicates, let first):
            return duplicateKey(duplicates, first: first, text: text, file: file)
        case .memory:
            return Diagnostic(file: file, line: 1, column: 1, message: "YAML error: Memory error")
        }
    }

    /// Points at the second occurrence of the duplicated key (libyaml reports the first, and Yams's
    /// message carries the whole file): the next line after `first` that has the same key at the
    /// same column.
    static func duplicateKey(_ keys: [String], first: YAMLMark, text: String, file: String) -> Diagnostic {
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
