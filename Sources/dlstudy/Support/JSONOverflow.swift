import Foundation

/// Finds values JSON cannot hold (infinity, NaN) in a tree of plain values before it is serialised.
enum JSONOverflow {
    /// True when `object` (numbers, arrays, dictionaries) holds a non-finite number anywhere.
    static func contains(_ object: Any) -> Bool {
        switch object {
        case let d as Double: return !d.isFinite
        case let f as Float: return !f.isFinite
        case let array as [Any]: return array.contains(where: contains)
        case let dict as [String: Any]: return dict.values.contains(where: contains)
        default: return false
        }
    }
}
