/// Display width of text in terminal columns, from a table in the code (not the locale), so tests
/// are deterministic: East Asian wide and fullwidth characters (Hangul, CJK, fullwidth forms, most
/// emoji) take 2 columns, combining marks and zero-width characters 0, everything else 1.
public enum DisplayWidth {
    /// Ranges of scalars that take two columns.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E,
        0x3041...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE3, 0x16FF0...0x16FF1, 0x17000...0x187F7,
        0x18800...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE,
        0x1B000...0x1B122, 0x1B150...0x1B152, 0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1F004...0x1F004,
        0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B,
        0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335,
        0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
        0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D,
        0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4,
        0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7,
        0x1F6DD...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0,
        0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD,
        0x30000...0x3FFFD,
    ]

    /// Ranges of scalars that take no column beyond what the general category already tells
    /// (sorted: they are binary-searched).
    private static let zeroRanges: [ClosedRange<UInt32>] = [
        0x1160...0x11FF, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0xD7B0...0xD7FF,
        0xFE00...0xFE0F, 0xFEFF...0xFEFF, 0x1171E...0x1171E, 0xE0100...0xE01EF,
    ]

    /// Format characters that are drawn (prepended concatenation marks such as ARABIC NUMBER
    /// SIGN): one column, as the C library's wcwidth says.
    private static let visibleFormat: [ClosedRange<UInt32>] = [
        0x0600...0x0605, 0x06DD...0x06DD, 0x070F...0x070F, 0x0890...0x0891, 0x08E2...0x08E2,
        0x110BD...0x110BD, 0x110CD...0x110CD,
    ]

    /// A single printable ASCII character (one byte, one column, drawn as itself).
    @inline(__always)
    static func isPrintableASCII(_ character: Character) -> Bool {
        let utf8 = character.utf8
        guard utf8.count == 1, let byte = utf8.first else { return false }
        return byte >= 0x20 && byte < 0x7F
    }

    /// True when every byte of `text` is printable ASCII: each byte is then one cluster of one column.
    @inline(__always)
    public static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// The columns of a scalar that is always a grapheme cluster of its own and drawn as itself, or
    /// 0 for any other. Such a scalar is no control, combining or spacing mark, joiner, prepended
    /// mark, regional indicator or conjoining jamo, so no scalar before or after it can join it
    /// (Unicode's grapheme rules break on both sides): a text of only such scalars is drawn scalar
    /// by scalar, each its own width. Covers what the lessons draw most: Latin, Greek letters,
    /// punctuation, sub- and superscripts, arrows, maths, box drawing, shapes, Hangul syllables, CJK
    /// ideographs and fullwidth forms. Equals `of(scalar)` wherever it is not 0.
    @inline(__always)
    static func standaloneWidth(_ v: UInt32) -> Int {
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0x300 { return v >= 0xA0 && v != 0xAD ? 1 : 0 }
        if v < 0x2010 { return (0x391...0x3A9).contains(v) || (0x3B1...0x3C9).contains(v) ? 1 : 0 }
        if v < 0x2190 {
            return (v <= 0x2027 || (0x2030...0x205E).contains(v) || (0x2070...0x209F).contains(v) || v >= 0x2100) ? 1 : 0
        }
        if v <= 0x2BFF {
            // (Arrows, maths, box drawing, blocks and most shapes have no wide scalar.)
            if v < 0x231A || (v >= 0x2400 && v < 0x25FD) { return 1 }
            return contains(wideRanges, v) ? 2 : 1
        }
        if (0xAC00...0xD7A3).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xFF01...0xFF60).contains(v) { return 2 }
        return 0
    }

    /// A combining diacritical mark (U+0300–U+036F): no columns, joins the scalar before it and
    /// nothing else (the tilde of `C̃`, accents of decomposed letters).
    @inline(__always)
    static func isCombiningDiacritic(_ v: UInt32) -> Bool { v >= 0x300 && v <= 0x36F }

    /// The scalar starting at byte `i` of valid UTF-8 (as a `String` keeps it), and its length in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let b1 = UInt32(bytes[i + 1]) & 0x3F
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | b1, 2) }
        let b2 = UInt32(bytes[i + 2]) & 0x3F
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | b1 << 6 | b2, 3) }
        return ((b0 & 0x07) << 18 | b1 << 12 | b2 << 6 | UInt32(bytes[i + 3]) & 0x3F, 4)
    }

    /// The columns of UTF-8 text whose scalars are all clusters of their own (`standaloneWidth`)
    /// or combining diacritical marks (0 columns wherever they are), and whether it starts with a
    /// mark; nil for any other text.
    static func simpleWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> (width: Int, startsWithMark: Bool)? {
        var i = 0, sum = 0
        let n = bytes.count
        while i < n {
            let (value, length) = scalar(in: bytes, at: i)
            let w = standaloneWidth(value)
            if w == 0, !isCombiningDiacritic(value) { return nil }
            sum += w
            i += length
        }
        return (sum, n > 0 && standaloneWidth(scalar(in: bytes, at: 0).value) == 0)
    }

    /// Columns taken by one scalar: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (0x7F..<0xA0).contains(v) ? 0 : 1 }
        // Hangul syllables, and arrows … box drawing … symbols (U+2190–U+2BFF, no marks or format
        // characters among them): no need to ask for the general category.
        if v >= 0xAC00, v <= 0xD7A3 { return 2 }
        if v >= 0x2190, v <= 0x2BFF { return contains(wideRanges, v) ? 2 : 1 }
        switch scalar.properties.generalCategory {
        case .format: return contains(visibleFormat, v) ? 1 : 0
        case .nonspacingMark, .enclosingMark: return 0
        default: break
        }
        if contains(zeroRanges, v) { return 0 }
        return contains(wideRanges, v) ? 2 : 1
    }

    /// Columns taken by one grapheme cluster as it is drawn (see `glyph`): a control character is
    /// drawn as U+FFFD (1 column); a cluster of several spacing scalars (an emoji ZWJ sequence, a
    /// skin-tone modifier) as its first one, because ncurses and most terminals give each spacing
    /// scalar its own columns.
    public static func of(_ character: Character) -> Int {
        if isPrintableASCII(character) { return 1 }
        if Sanitizer.isControl(character) { return 1 }
        var total = 0
        var spacing = 0
        for scalar in character.unicodeScalars {
            let w = of(scalar)
            if w > 0 { spacing += 1; if spacing > 1 { break } }
            total += w
        }
        return min(total, 2)
    }

    /// What is drawn for one grapheme cluster: U+FFFD for a control character; for a cluster of
    /// several spacing scalars, the first one with the marks that follow it (no joiner); else the
    /// cluster itself. Its width is `of(character)`, in the frame and on the screen alike.
    public static func glyph(_ character: Character) -> String {
        if isPrintableASCII(character) { return String(character) }
        if Sanitizer.isControl(character) { return String(Sanitizer.replacement) }
        let scalars = character.unicodeScalars
        guard scalars.count > 1, scalars.filter({ of($0) > 0 }).count > 1 else { return String(character) }
        var out = String.UnicodeScalarView()
        var spacing = 0
        for scalar in scalars {
            if of(scalar) > 0 { spacing += 1; if spacing > 1 { break } }
            if scalar.value != 0x200D { out.append(scalar) }
        }
        return String(out)
    }

    /// Columns taken by a string.
    public static func of(_ text: String) -> Int {
        // Printable ASCII (one column per byte), or scalars that are clusters of their own and
        // combining diacritical marks (most Korean, maths and box-drawing text): no cluster breaking.
        var utf8 = text
        if let simple = utf8.withUTF8({ simpleWidth($0) }) { return simple.width }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The longest prefix of `text` that fits in `width` columns.
    public static func prefix(_ text: String, fitting width: Int) -> String {
        var used = 0
        var out = ""
        for character in text {
            let w = of(character)
            if used + w > width { break }
            used += w
            out.append(character)
        }
        return out
    }

    /// `text` cut to `width` columns with a trailing ellipsis when it does not fit.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        return prefix(text, fitting: width - 1) + "…"
    }

    /// `text` padded with spaces on the right to exactly `width` columns (cut if longer).
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = of(text) > width ? prefix(text, fitting: width) : text
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    /// `text` padded with spaces on the left to `width` columns.
    public static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - of(text))) + text
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var lo = 0
        var hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < ranges[mid].lowerBound { hi = mid - 1 } else if v > ranges[mid].upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}
