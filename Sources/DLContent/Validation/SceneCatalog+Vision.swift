extension SceneCatalog {
    /// Parameter validators of the Vision scene family.
    static let vision: [String: Validator] = [:]
}
