/// A text prepared for `GlossaryCheck`'s word searches: its UTF-8 bytes, searched byte by byte,
/// when every character in it is a single Unicode scalar with one canonical form (ASCII, Hangul
/// syllables, Latin, Greek, common symbols and punctuation). For such a text a byte match is a
/// match of whole characters and equals what Foundation's `range(of:)` finds; any other text
/// (combining marks, conjoining jamo, emoji sequences…) is left to `range(of:)` (`init` returns nil).
struct WordSearch {
    private let bytes: [UInt8]
    private let string: String
    private var unquotedBytes: [UInt8]?

    init?(_ string: String) {
        guard Self.isSimple(string) else { return nil }
        self.string = string
        bytes = Array(string.utf8)
    }

    /// Whether every character of `s` is one scalar that no other sequence of scalars is
    /// canonically equivalent to, and that never joins its neighbours into one character (apart
    /// from CR LF).
    static func isSimple(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x0374, 0x037E, 0x0387, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A:
                return false                        // canonically equal to another scalar (Ω, K, Å, ·…)
            case 0..<0x300, 0x370..<0x400,          // ASCII, Latin, spacing modifiers; Greek
                 0xAC00...0xD7A3,                   // Hangul syllables
                 0x2010..<0x2028, 0x2030..<0x205F,  // punctuation (no joiners, no bidi controls)
                 0x2070..<0x20D0,                   // super- and subscripts, currency
                 0x2100..<0x2800,                   // letterlike, arrows, maths, technical, shapes
                 0x3000..<0x302A, 0x3030..<0x3040,  // CJK punctuation (no tone marks)
                 0xFF01..<0xFF61:                   // fullwidth forms
                return true
            default:
                return false
            }
        }
    }

    /// Whether `word` occurs with no `boundary` character right before it and no ASCII letter
    /// right after it (and, with `skipAfterBold`, not right after `*`), searching like
    /// `range(of:)`: each next search starts after the previous match. `unquoted` searches the text
    /// with its double-quoted passages blanked out (`GlossaryCheck.unquoted`). Nil when `word`
    /// itself is not simple.
    mutating func contains(_ word: String, unquoted: Bool, boundary: (Character) -> Bool, skipAfterBold: Bool) -> Bool? {
        guard Self.isSimple(word) else { return nil }
        let needle = Array(word.utf8)
        if unquoted, unquotedBytes == nil { unquotedBytes = Self.blankingQuotes(string) }
        let hay = unquoted ? unquotedBytes ?? bytes : bytes
        guard let first = needle.first, needle.count <= hay.count else { return false }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            guard hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) else { i += 1; continue }
            let end = i + needle.count
            defer { i = end }
            let before = i > 0 ? Self.scalar(endingAt: i, in: hay) : nil
            let after = end < hay.count ? Self.scalar(startingAt: end, in: hay) : nil
            if let b = before, boundary(Character(b)) { continue }
            if let a = after.map(Character.init), a.isASCII, a.isLetter { continue }
            if skipAfterBold, before == "*" { continue }
            return true
        }
        return false
    }

    /// The bytes of `s` with `"`, `“`, `”` and everything between a pair of them replaced by one
    /// space per character (CR LF is one character), as `GlossaryCheck.unquoted` does.
    static func blankingQuotes(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var inQuote = false
        var previousWasCR = false
        for scalar in s.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\"" || scalar == "“" || scalar == "”" { inQuote.toggle(); out.append(0x20); continue }
            if inQuote {
                if scalar == "\n", previousWasCR { continue }
                out.append(0x20)
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// The scalar whose UTF-8 bytes end just before `index`.
    private static func scalar(endingAt index: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start, in: bytes)
    }

    /// The scalar whose UTF-8 bytes start at `index`.
    private static func scalar(startingAt index: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        var iterator = bytes[index...].makeIterator()
        var decoder = Unicode.UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
