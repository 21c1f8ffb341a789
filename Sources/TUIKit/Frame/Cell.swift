/// One terminal cell: a grapheme cluster and its style role. The right half of a wide glyph is a
/// continuation cell with empty text.
///
/// Stored packed, so that a frame of cells copies, compares and diffs as plain memory (no reference
/// counting): the text's UTF-8 bytes sit inline (up to `inlineBytes` of them), a longer text is kept
/// once in `CellTextTable` and the cell holds its index. Two cells are equal when their texts have
/// the same UTF-8 bytes and their roles are the same.
public struct Cell: Hashable, Sendable {
    /// UTF-8 bytes 0–7 of the text (byte 0 lowest), or the `CellTextTable` index of a long text.
    private var low: UInt64
    /// UTF-8 bytes 8–13 in bits 0–47, the byte count (or `interned`) in bits 48–55, the role in 56–63.
    private var high: UInt64

    /// Texts up to this many UTF-8 bytes are stored in the cell itself.
    static let inlineBytes = 14
    /// The byte count that marks an interned text.
    private static let interned: UInt64 = 0xFF

    public init(_ text: String, role: StyleRole = .normal) {
        let count = text.utf8.count
        if count <= Self.inlineBytes {
            var low: UInt64 = 0, high: UInt64 = 0
            for (i, byte) in text.utf8.enumerated() {
                if i < 8 { low |= UInt64(byte) << (8 * i) } else { high |= UInt64(byte) << (8 * (i - 8)) }
            }
            self.low = low
            self.high = high | UInt64(count) << 48 | UInt64(role.rawValue) << 56
        } else {
            low = UInt64(CellTextTable.shared.index(of: text))
            high = Self.interned << 48 | UInt64(role.rawValue) << 56
        }
    }

    /// A cell of one printable ASCII byte (`byte` must be 0x20–0x7E).
    @inline(__always)
    init(asciiByte byte: UInt8, role: StyleRole) {
        low = UInt64(byte)
        high = 1 << 48 | UInt64(role.rawValue) << 56
    }

    /// A cell of the UTF-8 bytes `start..<end` of `bytes` (a whole cluster).
    init(utf8 bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, role: StyleRole) {
        let count = end - start
        guard count <= Self.inlineBytes else {
            self = Cell(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), role: role)
            return
        }
        var low: UInt64 = 0, high: UInt64 = 0
        for k in 0..<count {
            let byte = UInt64(bytes[start + k])
            if k < 8 { low |= byte << (8 * k) } else { high |= byte << (8 * (k - 8)) }
        }
        self.low = low
        self.high = high | UInt64(count) << 48 | UInt64(role.rawValue) << 56
    }

    /// A cell of one scalar.
    @inline(__always)
    init(scalar: Unicode.Scalar, role: StyleRole) {
        let v = scalar.value
        let bytes: UInt64, count: UInt64
        switch v {
        case ..<0x80:
            bytes = UInt64(v); count = 1
        case ..<0x800:
            bytes = UInt64(0xC0 | v >> 6) | UInt64(0x80 | v & 0x3F) << 8; count = 2
        case ..<0x10000:
            bytes = UInt64(0xE0 | v >> 12) | UInt64(0x80 | v >> 6 & 0x3F) << 8 | UInt64(0x80 | v & 0x3F) << 16; count = 3
        default:
            bytes = UInt64(0xF0 | v >> 18) | UInt64(0x80 | v >> 12 & 0x3F) << 8 | UInt64(0x80 | v >> 6 & 0x3F) << 16
                | UInt64(0x80 | v & 0x3F) << 24
            count = 4
        }
        low = bytes
        high = count << 48 | UInt64(role.rawValue) << 56
    }

    /// The grapheme cluster drawn in this cell (empty for a continuation cell).
    public var text: String {
        get {
            let count = Int(high >> 48 & 0xFF)
            if UInt64(count) == Self.interned { return CellTextTable.shared.text(at: Int(low)) }
            if count == 0 { return "" }
            var bytes = (low.littleEndian, (high & 0xFFFF_FFFF_FFFF).littleEndian)
            return withUnsafeBytes(of: &bytes) { String(decoding: $0.prefix(count), as: UTF8.self) }
        }
        set { self = Cell(newValue, role: role) }
    }

    /// The cell's style role.
    public var role: StyleRole {
        get { StyleRole(rawValue: UInt8(high >> 56)) ?? .normal }
        set { high = high & 0x00FF_FFFF_FFFF_FFFF | UInt64(newValue.rawValue) << 56 }
    }

    /// Whether the text may be a wide glyph: a wide glyph takes at least 3 UTF-8 bytes, so shorter
    /// text never needs measuring.
    var mayBeWide: Bool { high >> 48 & 0xFF >= 3 }

    /// A space in the normal style.
    public static let blank = Cell(asciiByte: 0x20, role: .normal)
    /// A space in `role`.
    static func space(_ role: StyleRole) -> Cell { Cell(asciiByte: 0x20, role: role) }
    /// The right half of a wide glyph.
    public static func continuation(_ role: StyleRole) -> Cell { Cell("", role: role) }
    /// Whether this is the right half of a wide glyph.
    public var isContinuation: Bool { high >> 48 & 0xFF == 0 }
}
