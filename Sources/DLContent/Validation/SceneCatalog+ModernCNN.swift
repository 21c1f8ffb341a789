extension SceneCatalog {
    /// Parameter validators of the ModernCNN scene family.
    static let modernCNN: [String: Validator] = [:]
}
