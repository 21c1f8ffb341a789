/// Why a calc expression could not be evaluated: unknown name, unknown, missing or bad key.
public struct CalcError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
