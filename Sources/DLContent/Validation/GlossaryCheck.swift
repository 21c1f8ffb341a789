import Foundation

/// Warns where Korean lesson or quiz text uses a term the glossary replaces: a calque such as
/// `지도` for "map", or an English term left capitalised in a Korean sentence (`Weight를`).
/// Lecture-quiz items keep the notes' own wording and are not checked for capitals.
public enum GlossaryCheck {
    /// One Korean text to check and where it starts in its file.
    struct Text {
        var string: String
        var file: String
        var line: Int
        var isTitle: Bool
        var keepsNotesWording: Bool
    }

    /// Warnings for every use of a replaced term (in lessons, quiz items and the notes' figures'
    /// explanations); `fileText` returns a file's text so that each warning points at the line
    /// holding the word (nil: the text's first line is used).
    public static func warnings(glossary: Glossary, lessons: [Lesson], items: [QuizItem], figures: NotesFigures = .empty,
                                fileText: (String) -> String? = { _ in nil }) -> [Diagnostic] {
        var texts: [Text] = figures.all.map {
            Text(string: $0.explanation.ko, file: figures.file, line: $0.line, isTitle: false, keepsNotesWording: false)
        }
        for lesson in lessons {
            texts.append(Text(string: lesson.title.ko, file: lesson.file, line: 1, isTitle: true, keepsNotesWording: false))
            for page in lesson.pages {
                texts.append(Text(string: page.title.ko, file: lesson.file, line: page.line, isTitle: true, keepsNotesWording: false))
                texts.append(Text(string: page.body.ko, file: lesson.file, line: page.line, isTitle: false, keepsNotesWording: false))
            }
        }
        for item in items {
            let notes = item.source == "lecture-quiz"
            let strings = [item.prompt.ko] + item.choices.map(\.ko) + [item.explanation.ko] + [item.unit?.ko].compactMap { $0 }
            for s in strings {
                texts.append(Text(string: s, file: item.file, line: item.line, isTitle: false, keepsNotesWording: notes))
            }
        }
        var lines: [String: [Substring]] = [:]
        var out: [Diagnostic] = []
        let searches = glossary.terms.map(TermSearch.init)
        for text in texts {
            for (word, term) in findings(in: text, searches: searches) {
                if lines[text.file] == nil { lines[text.file] = fileText(text.file).map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? [] }
                let line = lineOf(word, from: text.line, in: lines[text.file] ?? [])
                let hint = term.avoid.contains(word) ? "a calque of '\(term.en)'" : "'\(term.en)' is written in lower case in Korean text"
                out.append(Diagnostic(file: text.file, line: line, column: 1,
                                      message: "warning: Korean text uses '\(word)' (\(hint)); the glossary says '\(term.ko)'"))
            }
        }
        return out
    }

    /// Reads the glossary files that exist (a missing file checks nothing) and returns the glossary's
    /// own problems and the warnings for the library's Korean text.
    public static func check(glossaryFiles: [String], library: ContentLibrary) -> (problems: [Diagnostic], warnings: [Diagnostic]) {
        var problems: [Diagnostic] = []
        var terms: [Glossary.Term] = []
        for path in glossaryFiles {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(Diagnostic(file: path, line: 1, column: 1, message: "the glossary is not UTF-8 text"))
                continue
            }
            let (glossary, diags) = Glossary.parse(text, file: path)
            problems += diags
            terms += glossary.terms
        }
        let root = library.root
        let warnings = Self.warnings(glossary: Glossary(terms: terms), lessons: library.lessons, items: library.quizItems,
                                     figures: library.notesFigures) { file in
            let path = root.isEmpty || file.hasPrefix("/") ? file : (root as NSString).appendingPathComponent(file)
            return FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
        }
        return (problems, warnings)
    }

    /// The replaced words a Korean sentence uses (calques, capitalised English terms): for text that is
    /// not a file's lesson or quiz, e.g. the Korean strings of a scene.
    public static func replacedWords(inKorean string: String, glossary: Glossary) -> [String] {
        findings(in: Text(string: string, file: "", line: 1, isTitle: false, keepsNotesWording: false),
                 searches: glossary.terms.map(TermSearch.init)).map(\.0)
    }

    /// One glossary entry's words as searched: the calques and the capitalised English term, each
    /// also as a `WordSearch.Needle` (made once per check, not once per text; a class, so the
    /// loop over texts × entries does not copy its arrays and strings each time).
    final class TermSearch {
        let term: Glossary.Term
        let avoid: [(String, WordSearch.Needle?)]
        let capital: (String, WordSearch.Needle?)

        init(_ term: Glossary.Term) {
            self.term = term
            avoid = term.avoid.map { ($0, WordSearch.Needle($0)) }
            let capital = term.en.prefix(1).uppercased() + term.en.dropFirst()
            self.capital = (capital, WordSearch.Needle(capital))
        }
    }

    /// The replaced words `text` uses, with the entry that replaces each.
    static func findings(in text: Text, searches: [TermSearch]) -> [(String, Glossary.Term)] {
        var out: [(String, Glossary.Term)] = []
        let s = text.string
        // Searched as bytes when the text and the word allow it (see `WordSearch`), else with `range(of:)`.
        var fast = WordSearch(s)
        var blanked: String?
        let isASCIILetter: (Character) -> Bool = { $0.isASCII && $0.isLetter }
        for search in searches {
            for (word, needle) in search.avoid {
                let found = needle.flatMap { fast?.contains($0, unquoted: false, boundary: isHangulOrLetter, skipAfterBold: false) }
                    ?? containsWord(word, in: s, boundary: isHangulOrLetter)
                if found { out.append((word, search.term)) }
            }
            guard search.term.lowercase, !text.isTitle, !text.keepsNotesWording else { continue }
            let (capital, needle) = search.capital
            let found = needle.flatMap { fast?.contains($0, unquoted: true, boundary: isASCIILetter, skipAfterBold: true) }
                ?? {
                    if blanked == nil { blanked = unquoted(s) }
                    return containsWord(capital, in: blanked ?? "", boundary: isASCIILetter, skipAfterBold: true)
                }()
            if found { out.append((capital, search.term)) }
        }
        return out
    }

    /// Whether `word` occurs in `s` with no `boundary` character right before or after it.
    static func containsWord(_ word: String, in s: String, boundary: (Character) -> Bool, skipAfterBold: Bool = false) -> Bool {
        guard !word.isEmpty else { return false }
        var searchStart = s.startIndex
        while let range = s.range(of: word, range: searchStart..<s.endIndex) {
            searchStart = range.upperBound
            let before = range.lowerBound > s.startIndex ? s[s.index(before: range.lowerBound)] : nil
            let after = range.upperBound < s.endIndex ? s[range.upperBound] : nil
            if let b = before, boundary(b) { continue }
            if let a = after, a.isASCII, a.isLetter { continue }
            if skipAfterBold, before == "*" { continue }
            return true
        }
        return false
    }

    /// `s` without its double-quoted passages (quotations of the notes keep their capitals).
    static func unquoted(_ s: String) -> String {
        var out = ""
        var inQuote = false
        for c in s {
            if c == "\"" || c == "“" || c == "”" { inQuote.toggle(); out.append(" "); continue }
            out.append(inQuote ? " " : c)
        }
        return out
    }

    /// A Hangul syllable or a letter: a calque preceded by one is part of a longer word (섞이지도).
    static func isHangulOrLetter(_ c: Character) -> Bool {
        if c.isLetter { return true }
        return c.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
    }

    /// The first line at or after `start` (1-based) whose text contains `word`, else `start`.
    static func lineOf(_ word: String, from start: Int, in lines: [Substring]) -> Int {
        guard start >= 1, start <= lines.count else { return start }
        for index in (start - 1)..<lines.count where lines[index].contains(word) { return index + 1 }
        return start
    }
}
