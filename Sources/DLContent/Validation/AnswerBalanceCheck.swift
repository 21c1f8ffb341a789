/// Answer-position bias in a quiz set: a student who learns "the key is usually (b)" or "pick three"
/// scores without reading. Checked per set file (one set per lecture); `dlstudy check` reports each
/// finding as a problem at the set's first item of that kind.
public enum AnswerBalanceCheck {
    /// A letter may be the key of at most this share of a set's single-answer items.
    public static let maxLetterShare = 0.40
    /// A letter may be among the keys of at most this share of a set's multiple-answer items.
    public static let maxMultipleLetterShare = 0.80
    /// At most this share of a set's multiple-answer items may have the same number of keys.
    public static let maxSameCountShare = 0.60
    /// True or false may be the answer of at most this share of a set's true/false items.
    public static let maxTruthShare = 0.70
    /// Sets with fewer items of a kind than this are not judged for that kind.
    public static let minimumItems = 3

    /// Problems found in `items` (any number of sets; each set is judged on its own).
    public static func problems(items: [QuizItem]) -> [Diagnostic] {
        var sets: [String: [QuizItem]] = [:]
        for item in items { sets["\(item.file)\u{0}\(item.set)", default: []].append(item) }
        return sets.keys.sorted().flatMap { key in
            let set = (sets[key] ?? []).sorted { $0.line < $1.line }
            return singleAnswer(set) + multipleAnswer(set) + trueFalse(set)
        }
    }

    /// Single and pick-the-false items: no letter is the key of more than `maxLetterShare` of them.
    static func singleAnswer(_ set: [QuizItem]) -> [Diagnostic] {
        let items = set.filter { $0.kind == .single || $0.kind == .falseStatement }
        guard items.count >= minimumItems, let first = items.first else { return [] }
        var counts: [Int: Int] = [:]
        for item in items { if case .choices(let keys) = item.answer, let k = keys.first { counts[k, default: 0] += 1 } }
        return over(counts, share: maxLetterShare, of: items.count).map { letter, n in
            Diagnostic(file: first.file, line: first.line, column: 1, message:
                "answer position bias in set '\(first.set)': (\(QuizItem.letter(letter))) is the key of \(n) of its \(items.count) "
                + "single-answer items (at most \(percent(maxLetterShare)) allowed); move some keys to other letters")
        }
    }

    /// Multiple-answer items: no letter is a key of almost all of them, and the number of keys varies.
    static func multipleAnswer(_ set: [QuizItem]) -> [Diagnostic] {
        let items = set.filter { $0.kind == .multiple }
        guard items.count >= minimumItems, let first = items.first else { return [] }
        var letterCounts: [Int: Int] = [:]
        var sizeCounts: [Int: Int] = [:]
        for item in items {
            guard case .choices(let keys) = item.answer else { continue }
            for k in Set(keys) { letterCounts[k, default: 0] += 1 }
            sizeCounts[Set(keys).count, default: 0] += 1
        }
        let letters = over(letterCounts, share: maxMultipleLetterShare, of: items.count).map { letter, n in
            Diagnostic(file: first.file, line: first.line, column: 1, message:
                "answer position bias in set '\(first.set)': (\(QuizItem.letter(letter))) is a key of \(n) of its \(items.count) "
                + "multiple-answer items (at most \(percent(maxMultipleLetterShare)) allowed)")
        }
        let sizes = over(sizeCounts, share: maxSameCountShare, of: items.count).map { size, n in
            Diagnostic(file: first.file, line: first.line, column: 1, message:
                "answer count bias in set '\(first.set)': \(n) of its \(items.count) multiple-answer items have exactly "
                + "\(size) correct choices (at most \(percent(maxSameCountShare)) may share a count); vary the number of keys")
        }
        return letters + sizes
    }

    /// True/false items: neither answer dominates.
    static func trueFalse(_ set: [QuizItem]) -> [Diagnostic] {
        let items = set.filter { $0.kind == .truefalse }
        guard items.count >= minimumItems, let first = items.first else { return [] }
        let trues = items.filter { $0.answer == .truth(true) }.count
        return over([1: trues, 0: items.count - trues], share: maxTruthShare, of: items.count).map { value, n in
            Diagnostic(file: first.file, line: first.line, column: 1, message:
                "answer bias in set '\(first.set)': \(n) of its \(items.count) true/false items are \(value == 1) "
                + "(at most \(percent(maxTruthShare)) allowed)")
        }
    }

    /// The keys of `counts` whose count is more than `share` of `total`, in key order.
    static func over(_ counts: [Int: Int], share: Double, of total: Int) -> [(key: Int, count: Int)] {
        counts.keys.sorted().compactMap { key in
            let n = counts[key] ?? 0
            return Double(n) > share * Double(total) ? (key, n) : nil
        }
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }
}
