/// Why the study database could not be used.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public let description: String
    /// True when the file is damaged or belongs to another program (it may be moved aside); false
    /// for passing problems such as a lock held too long, where the file must be left alone.
    public let isDamagedOrForeign: Bool
    /// True when the file is a sound database of another program (nothing of it is copied over).
    public let isForeign: Bool
    /// The short reason without the path ("database disk image is malformed").
    public let reason: String

    public init(_ description: String, damagedOrForeign: Bool = false) {
        self.description = description
        self.isDamagedOrForeign = damagedOrForeign
        self.isForeign = false
        self.reason = description
    }

    init(path: String, damaged reason: String) {
        description = "\(path) is damaged: \(reason)"
        isDamagedOrForeign = true
        isForeign = false
        self.reason = reason
    }

    init(path: String, foreign reason: String) {
        description = "\(path) is not a dlstudy database: \(reason)"
        isDamagedOrForeign = true
        isForeign = true
        self.reason = reason
    }
}
