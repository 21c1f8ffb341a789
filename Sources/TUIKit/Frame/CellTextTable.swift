import Foundation

/// The texts of cells too long to pack into a `Cell` (more than `Cell.inlineBytes` UTF-8 bytes: a
/// letter under many combining marks, an emoji tag sequence): each distinct byte sequence is kept
/// once for the life of the process, so that a cell names it by index and equal texts get equal
/// indices. Keyed by bytes, not by `String` equality, so a cell gives back exactly the bytes it was
/// given (canonically equivalent spellings stay apart). Such texts are rare; the table stays small.
final class CellTextTable: @unchecked Sendable {
    static let shared = CellTextTable()

    private let lock = NSLock()
    private var indices: [[UInt8]: Int] = [:]
    private var texts: [String] = []

    /// The index of `text`, adding it the first time.
    func index(of text: String) -> Int {
        let bytes = Array(text.utf8)
        lock.lock()
        defer { lock.unlock() }
        if let known = indices[bytes] { return known }
        texts.append(text)
        indices[bytes] = texts.count - 1
        return texts.count - 1
    }

    /// The text stored at `index` (only indices `index(of:)` gave out exist).
    func text(at index: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return texts.indices.contains(index) ? texts[index] : ""
    }
}
