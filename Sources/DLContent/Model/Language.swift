/// The two languages every user-visible string exists in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case en, ko

    /// The other language (for the `L` toggle).
    public var toggled: Language { self == .en ? .ko : .en }

    /// The language chosen by the environment: `DLSTUDY_LANG`, then `LC_ALL`/`LANG` starting with
    /// `ko`, else English.
    public static func fromEnvironment(_ env: [String: String]) -> Language {
        if let v = env["DLSTUDY_LANG"], let lang = Language(rawValue: v.lowercased()) { return lang }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return v.lowercased().hasPrefix("ko") ? .ko : .en }
        }
        return .en
    }
}

/// A string in English and Korean.
public struct LocalizedText: Equatable, Sendable, Codable {
    public var en: String
    public var ko: String
    public init(en: String, ko: String) { self.en = en; self.ko = ko }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .en ? en : ko }
    public subscript(_ language: Language) -> String { text(language) }
}
