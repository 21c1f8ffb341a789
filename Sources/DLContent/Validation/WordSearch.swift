#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text prepared for `GlossaryCheck`'s word searches: its UTF-8 bytes, searched byte by byte,
/// when every character in it is a single Unicode scalar with one canonical form (ASCII, Hangul
/// syllables, Latin, Greek, common symbols and punctuation). For such a text a byte match is a
/// match of whole characters and equals what Foundation's `range(of:)` finds; any other text
/// (combining marks, conjoining jamo, emoji sequences…) is left to `range(of:)` (`init` returns nil).
struct WordSearch {
    private let bytes: [UInt8]
    private var unquotedBytes: [UInt8]?

    init?(_ string: String) {
        let bytes = Array(string.utf8)
        guard Self.isSimple(bytes) else { return nil }
        self.bytes = bytes
    }

    /// Whether every character of the UTF-8 text is one scalar that no other sequence of scalars
    /// is canonically equivalent to, and that never joins its neighbours into one character
    /// (apart from CR LF).
    static func isSimple(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                let lead = b[i]
                if lead < 0x80 { i += 1; continue }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                guard i + length <= b.count else { return false }
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
                // Hangul syllables, most of a Korean text, before the full table.
                guard (0xAC00...0xD7A3).contains(value) || isSimple(value) else { return false }
                i += length
            }
            return true
        }
    }

    static func isSimple(_ value: UInt32) -> Bool {
        switch value {
        case 0x0374, 0x037E, 0x0387, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A:
            return false                        // canonically equal to another scalar (Ω, K, Å, ·…)
        case 0..<0x300, 0x370..<0x400,          // ASCII, Latin, spacing modifiers; Greek
             0x1D00..<0x1DC0,                   // phonetic extensions (ᵀ)
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

    /// A word to search for, as UTF-8 bytes; nil when the word itself is not simple.
    struct Needle {
        let bytes: [UInt8]
        /// The index of the byte the search scans for: the first of the rarest kind in Korean
        /// text (ASCII capitals and symbols, then UTF-8 continuation bytes, then small letters and
        /// spaces, then Hangul lead bytes).
        let key: Int
        init?(_ word: String) {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty, WordSearch.isSimple(bytes) else { return nil }
            self.bytes = bytes
            key = bytes.indices.max { Self.rarity(bytes[$0]) < Self.rarity(bytes[$1]) } ?? 0
        }

        private static func rarity(_ b: UInt8) -> Int {
            switch b {
            case 0xEA...0xED: 0
            case 0x20, UInt8(ascii: "a")...UInt8(ascii: "z"): 1
            case 0x80...0xBF: 2
            default: 3
            }
        }
    }

    /// Whether `needle` occurs with no `boundary` character right before it and no ASCII letter
    /// right after it (and, with `skipAfterBold`, not right after `*`), searching like
    /// `range(of:)`: each next search starts after the previous match. `unquoted` searches the text
    /// with its double-quoted passages blanked out (`GlossaryCheck.unquoted`).
    mutating func contains(_ needle: Needle, unquoted: Bool, boundary: (Character) -> Bool, skipAfterBold: Bool) -> Bool {
        // Blanking only turns characters into spaces: a word with a byte (not a space) that is
        // nowhere in the text is not in the blanked text either, so most texts are never blanked.
        let probe = needle.bytes[needle.key]
        guard probe == 0x20 || Self.contains(byte: probe, in: bytes) else { return false }
        if unquoted, unquotedBytes == nil { unquotedBytes = Self.blankingQuotes(bytes) }
        let hay = unquoted ? unquotedBytes ?? bytes : bytes
        let key = needle.key
        return hay.withUnsafeBufferPointer { hay in
            needle.bytes.withUnsafeBufferPointer { needle in
                var from = 0
                while let i = Self.firstIndex(of: needle, key: key, in: hay, from: from) {
                    let end = i + needle.count
                    from = end
                    let before = i > 0 ? Self.scalar(endingAt: i, in: hay) : nil
                    let after = end < hay.count ? Self.scalar(startingAt: end, in: hay) : nil
                    if let b = before, boundary(Character(b)) { continue }
                    if let a = after.map(Character.init), a.isASCII, a.isLetter { continue }
                    if skipAfterBold, before == "*" { continue }
                    return true
                }
                return false
            }
        }
    }

    private static func contains(byte: UInt8, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }

    /// Where `needle` first occurs in `hay` at or after `from`. The scan (`memchr`) looks for the
    /// needle's rarest byte (`Needle.key`), not its first: a Hangul word's first byte (EA–ED)
    /// starts most syllables of a Korean text, so a scan for it stops nearly everywhere.
    private static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, key k: Int, in hay: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = hay.baseAddress, let n = needle.baseAddress, k < needle.count else { return nil }
        let last = hay.count - needle.count + k   // the key byte's last possible place
        var i = from + k
        while i <= last {
            guard let hit = memchr(base + i, Int32(needle[k]), last + 1 - i) else { return nil }
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            if memcmp(base + at - k, n, needle.count) == 0 { return at - k }
            i = at + 1
        }
        return nil
    }

    /// The bytes with `"`, `“`, `”` and everything between a pair of them replaced by one space
    /// per character (CR LF is one character), as `GlossaryCheck.unquoted` does.
    static func blankingQuotes(_ bytes: [UInt8]) -> [UInt8] {
        guard contains(byte: 0x22, in: bytes) || hasCurlyQuote(bytes) else { return bytes }   // nothing to blank
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inQuote = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let isQuote = b == 0x22 || (b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D))
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            if isQuote {
                inQuote.toggle()
                out.append(0x20)
            } else if inQuote {
                if !(b == 0x0A && i > 0 && bytes[i - 1] == 0x0D) { out.append(0x20) }
            } else {
                out.append(b)
                i += 1
                continue
            }
            i += length
        }
        return out
    }

    /// Whether the bytes hold `“` or `”` (E2 80 9C / 9D).
    private static func hasCurlyQuote(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return false }
            var i = 0
            while i < b.count, let p = memchr(base + i, 0xE2, b.count - i) {
                let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
                if at + 2 < b.count, b[at + 1] == 0x80, b[at + 2] == 0x9C || b[at + 2] == 0x9D { return true }
                i = at + 1
            }
            return false
        }
    }

    /// The scalar whose UTF-8 bytes end just before `index`.
    private static func scalar(endingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start, in: bytes)
    }

    /// The scalar whose UTF-8 bytes start at `index`.
    private static func scalar(startingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var iterator = bytes[index...].makeIterator()
        var decoder = Unicode.UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
