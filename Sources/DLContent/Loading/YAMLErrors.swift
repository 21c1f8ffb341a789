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
                return Diagnostic(file: file, line: 1, column: 1,
                                  message: "duplicate keys \(duplicates.joined(separator: ", ")) \(context)")
            default:
                return Diagnostic(file: file, line: 1, column: 1, message: "YAML error: \(y)")
            }
        }
        return Diagnostic(file: file, line: 1, column: 1, message: "YAML error: \(error)")
    }
}
