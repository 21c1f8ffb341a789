/// The scene types a lesson page may name, each with a validator for its parameters. Scene work
/// registers its types here; an unknown type is a validation error.
public enum SceneCatalog {
    /// A validator returns the problems with a scene's parameters (empty when fine).
    public typealias Validator = @Sendable (SceneSpec) -> [String]

    /// Known scene types and their validators, merged from the per-family tables
    /// (`SceneCatalog+<Family>.swift`).
    public static let validators: [String: Validator] = {
        var all: [String: Validator] = [:]
        for family in [convolution, modernCNN, vision, recurrent] { all.merge(family) { first, _ in first } }
        return all
    }()

    /// The known scene type names, sorted.
    public static var types: [String] { validators.keys.sorted() }

    /// Problems with `spec`: unknown type or bad parameters.
    public static func validate(_ spec: SceneSpec) -> [String] {
        guard let validator = validators[spec.type] else {
            let known = types.isEmpty ? "none yet" : types.joined(separator: ", ")
            return ["unknown scene type\(ContentIDs.suggestion(spec.type, among: types)) (known: \(known))"]
        }
        return validator(spec)
    }
}
