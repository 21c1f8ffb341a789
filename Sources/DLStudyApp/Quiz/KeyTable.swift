import DLContent
import TUIKit

/// A screen's key table: one list of bindings drives the dispatch, the footer and the `?` overlay
/// (the quiz menu and the statistics screen use it).
struct KeyTable<Command: Equatable & Sendable>: Sendable {
    /// Keys, what the overlay calls them, the command, its help text and its footer entry.
    struct Binding: Sendable {
        var keys: [Key]
        /// The overlay's key column; empty for a key listed together with the one before it.
        var label: String
        var command: Command
        var help: LocalizedText
        /// The footer entry (its short key name and label), when the key is shown there.
        var footer: (key: String, text: LocalizedText)?

        init(_ keys: [Key], _ label: String, _ command: Command, help: LocalizedText = UIText.t("", ""),
             footer: (key: String, text: LocalizedText)? = nil) {
            self.keys = keys; self.label = label; self.command = command; self.help = help; self.footer = footer
        }
    }

    var bindings: [Binding]

    func command(for key: Key) -> Command? { bindings.first { $0.keys.contains(key) }?.command }

    /// The footer: the bindings that have an entry, then the language and help keys.
    func footer(_ state: AppState) -> [KeyHint] {
        bindings.compactMap { b in b.footer.map { KeyHint($0.key, state.tr($0.text)) } }
            + [KeyHint("L", state.tr(UIText.otherLanguage)), KeyHint("?", state.tr(UIText.help))]
    }

    /// The `?` overlay's rows.
    func help(_ t: (String, String) -> String) -> [KeyHint] {
        bindings.filter { !$0.label.isEmpty }.map { KeyHint($0.label, t($0.help.en, $0.help.ko)) }
    }
}
