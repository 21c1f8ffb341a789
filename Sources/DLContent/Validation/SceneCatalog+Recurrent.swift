extension SceneCatalog {
    /// Parameter validators of the Recurrent scene family.
    static let recurrent: [String: Validator] = [:]
}
