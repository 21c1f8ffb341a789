/// A typed engine error whose message names what is wrong and with which numbers.
public struct EngineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The human-readable message, e.g. "kernel 5×5 is larger than the padded input 3×3 (padding 0)".
    public let message: String

    /// Creates an error with `message`.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Formats a shape as `2×3×4` for messages.
func describe(shape: [Int]) -> String {
    shape.isEmpty ? "scalar" : shape.map(String.init).joined(separator: "×")
}
