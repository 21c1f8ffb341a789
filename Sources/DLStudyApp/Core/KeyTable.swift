import DLContent
import TUIKit

/// The key bindings of a screen or a scene, declared once: the dispatch (`command(for:)`), the footer
/// (`footer`) and the `?` overlay (`help`, its key column named from the keys themselves) all come
/// from this one list. `Command` is a screen's command enum or, for scenes, an action on the scene.
public struct KeyTable<Command: Sendable>: Sendable {
    /// Keys, the command they run, the overlay's text and the footer entry.
    public struct Binding: Sendable {
        public var keys: [Key]
        public var command: Command
        /// What the keys do in the `?` overlay; nil joins the row above (e.g. `↓` after `↑`).
        public var help: LocalizedText?
        /// The footer entry (a short key name and label), when the binding is shown there.
        public var footer: (key: String, text: LocalizedText)?

        public init(_ keys: [Key], _ command: Command, help: LocalizedText? = nil,
                    footer: (key: String, text: LocalizedText)? = nil) {
            self.keys = keys; self.command = command; self.help = help; self.footer = footer
        }
    }

    /// Typed text (a search field, a number being entered): the characters it accepts and what each does.
    public struct TextEntry: Sendable {
        /// The overlay's key column, e.g. `0-9 . - ;`.
        public var label: String
        public var help: LocalizedText
        public var accepts: @Sendable (Character) -> Bool
        public var command: @Sendable (Character) -> Command

        public init(_ label: String, help: LocalizedText, accepts: @escaping @Sendable (Character) -> Bool,
                    command: @escaping @Sendable (Character) -> Command) {
            self.label = label; self.help = help; self.accepts = accepts; self.command = command
        }
    }

    public var bindings: [Binding]
    /// Characters not bound above that go to a text field, listed after the bindings in the overlay.
    public var text: TextEntry?

    public init(_ bindings: [Binding], text: TextEntry? = nil) { self.bindings = bindings; self.text = text }

    /// The command of the first binding holding `key` (then the text entry, for a character it accepts).
    public func command(for key: Key) -> Command? {
        if let binding = bindings.first(where: { $0.keys.contains(key) }) { return binding.command }
        if let text, case .char(let c) = key, text.accepts(c) { return text.command(c) }
        return nil
    }

    /// The same table with every command passed through `transform` (e.g. a scene recomputing after each key).
    public func map<T: Sendable>(_ transform: @escaping @Sendable (Command) -> T) -> KeyTable<T> {
        KeyTable<T>(bindings.map { .init($0.keys, transform($0.command), help: $0.help, footer: $0.footer) },
                    text: text.map { t in .init(t.label, help: t.help, accepts: t.accepts, command: { transform(t.command($0)) }) })
    }

    /// Every key a binding holds (text entry aside).
    public var keys: Set<Key> { Set(bindings.flatMap(\.keys)) }

    /// The footer entries, in declaration order.
    public func footerHints(_ tr: (LocalizedText) -> String) -> [KeyHint] {
        bindings.compactMap { b in b.footer.map { KeyHint($0.key, tr($0.text)) } }
    }

    /// A screen's footer: its entries with the language and help keys after them, or before the last
    /// `shared` entries (the home screen ends with `q quit`).
    func footer(_ state: AppState, lastAfterShared: Int = 0) -> [KeyHint] {
        let own = footerHints(state.tr)
        let split = max(0, own.count - lastAfterShared)
        return Array(own[..<split]) + AppKeys.table.footerHints(state.tr) + Array(own[split...])
    }

    /// The `?` overlay's rows: one per binding with help text (with the keys of the bindings that join
    /// it), leaving out `excluded` keys and keys an earlier binding takes (a row left without keys
    /// disappears), then the text entry.
    public func help(_ tr: (LocalizedText) -> String, excluding excluded: Set<Key> = []) -> [KeyHint] {
        var rows: [(keys: [[Key]], help: LocalizedText)] = []
        var taken = excluded
        for binding in bindings {
            // A key runs the first binding that holds it: later ones do not list it.
            let keys = binding.keys.filter { !taken.contains($0) }
            taken.formUnion(keys)
            if let help = binding.help {
                rows.append(([keys], help))
            } else if !rows.isEmpty {
                rows[rows.count - 1].keys.append(keys)
            }
        }
        let hints = rows.compactMap { row -> KeyHint? in
            let label = KeyNames.label(row.keys)
            return label.isEmpty ? nil : KeyHint(label, tr(row.help))
        }
        return hints + (text.map { [KeyHint($0.label, tr($0.help))] } ?? [])
    }
}

extension KeyTable {
    /// The moves every list screen shares: `↑↓`/`k j` one row, PgUp/PgDn a page, `g G`/Home End first / last.
    static func listMoves(up: Command, down: Command, pageUp: Command, pageDown: Command, first: Command, last: Command) -> [Binding] {
        [Binding([.up, .char("k")], up, help: UIText.t("move the selection", "선택 이동"), footer: ("↑↓", UIText.move)),
         Binding([.down, .char("j")], down),
         Binding([.pageUp], pageUp, help: UIText.t("move a page", "한 화면씩 이동")),
         Binding([.pageDown], pageDown),
         Binding([.char("g"), .home], first, help: UIText.t("first / last", "처음 / 끝")),
         Binding([.char("G"), .end], last)]
    }
}

/// The names the footer and the overlay give keys.
public enum KeyNames {
    /// `Space`, `Enter`, `←`, `PgUp`, `q`...
    public static func name(_ key: Key) -> String {
        switch key {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "⌫"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .delete: return "Del"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .function(let n): return "F\(n)"
        }
    }

    /// The overlay's key column for a row of bindings: their keys taken in turn (first keys first, so
    /// `↑`/`k` and `↓`/`j` read `↑ ↓ k j`), a run of three or more consecutive digits written `1-5`.
    static func label(_ groups: [[Key]]) -> String {
        var keys: [Key] = []
        for i in 0..<(groups.map(\.count).max() ?? 0) {
            for group in groups where i < group.count && !keys.contains(group[i]) { keys.append(group[i]) }
        }
        var names: [String] = []
        var i = 0
        while i < keys.count {
            var j = i
            while j + 1 < keys.count, let a = digit(keys[j]), let b = digit(keys[j + 1]), b == a + 1 { j += 1 }
            if j - i >= 2, let a = digit(keys[i]), let b = digit(keys[j]) {
                names.append("\(a)-\(b)")
            } else {
                names += keys[i...j].map(name)
            }
            i = j + 1
        }
        return names.joined(separator: " ")
    }

    private static func digit(_ key: Key) -> Int? {
        if case .char(let c) = key, c.isASCII, let n = c.wholeNumberValue { return n }
        return nil
    }
}

/// The keys every screen shares, handled before the screen's own: `?` and `L`.
enum AppCommand: Equatable, Sendable { case help, language }

/// The shared keys' table (their footer entries end every footer, their rows end every overlay).
enum AppKeys {
    static let table = KeyTable<AppCommand>([
        .init([.char("L")], .language, help: UIText.t("switch to Korean", "영어로 전환"), footer: ("L", UIText.otherLanguage)),
        .init([.char("?")], .help, help: UIText.t("this help", "이 도움말"), footer: ("?", UIText.help)),
    ])

    /// The footer entry of one shared key.
    static func hint(_ command: AppCommand, _ tr: (LocalizedText) -> String) -> [KeyHint] {
        table.bindings.filter { $0.command == command }.compactMap { b in b.footer.map { KeyHint($0.key, tr($0.text)) } }
    }
}
