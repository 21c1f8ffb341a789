/// A network that cannot be computed: names the layer and the numbers that do not fit.
public struct ArchitectureError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The layer's name as shown in tables (e.g. `layer 4`, `features.3`).
    public var layerName: String
    /// Position in the layer tree: top-level index, then block/branch indices (for file:line lookups).
    public var indexPath: [Int]
    /// What went wrong, with the numbers, e.g. `conv 5×5: input is 3×3 after padding 0`.
    public var message: String

    public init(layerName: String, indexPath: [Int] = [], message: String) {
        self.layerName = layerName
        self.indexPath = indexPath
        self.message = message
    }

    public var description: String { layerName.isEmpty ? message : "\(layerName) \(message)" }
}
