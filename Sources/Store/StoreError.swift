/// Why the study database could not be used.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public let description: String
    /// True when the file is damaged or belongs to another program (it may be moved aside); false
    /// for passing problems such as a lock held too long, where the file must be left alone.
    public let isDamagedOrForeign: Bool
    public init(_ description: String, damagedOrForeign: Bool = false) {
        self.description = description
        self.isDamagedOrForeign = damagedOrForeign
    }
}
