extension SceneCatalog {
    /// Parameter validators of the Convolution scene family.
    static let convolution: [String: Validator] = [:]
}
