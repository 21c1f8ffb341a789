import Yams

/// A node of a content file's YAML, built by `YAMLComposer` straight from libyaml's events: the
/// text, style and position content readers look at, nothing more (aliases are already replaced
/// by the node their anchor names, as Yams' composer does).
indirect enum YAMLNode {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence([YAMLNode], YAMLMark)

    /// Where a node starts: 1-based line and column (in Unicode scalars), as libyaml counts them.
    var mark: YAMLMark {
        switch self {
        case .scalar(let s): s.mark
        case .mapping(let m): m.mark
        case .sequence(_, let mark): mark
        }
    }

    /// The mapping, if this node is one.
    var mapping: Mapping? {
        if case .mapping(let m) = self { return m }
        return nil
    }

    /// The items, if this node is a sequence.
    var sequence: [YAMLNode]? {
        if case .sequence(let items, _) = self { return items }
        return nil
    }

    /// The scalar, if this node is one.
    var scalar: Scalar? {
        if case .scalar(let s) = self { return s }
        return nil
    }

    /// A scalar's text (nil for a mapping or sequence).
    var string: String? { scalar?.string }

    /// A scalar read as a whole number, exactly as Yams' `Node.int` reads it.
    var int: Int? { scalar?.int }

    /// A scalar read as a number, exactly as Yams' `Node.float` reads it.
    var float: Double? { scalar?.float }

    /// A scalar read as true or false, exactly as Yams' `Node.bool` (`Bool.construct`) reads it:
    /// not when tagged `str` (quoted), else `true`/`yes`/`on` or `false`/`no`/`off` in any case.
    var bool: Bool? {
        guard let s = scalar, s.tag != Tag.Name.str.rawValue, s.string.utf8.count <= 5 else { return nil }
        switch s.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// A scalar: its text, how it was written, its explicit tag (nil when it has none).
    struct Scalar {
        var string: String
        var style: Node.Scalar.Style
        var tag: String?
        var mark: YAMLMark

        /// The same scalar as Yams' `Node.Scalar` (without its position), for Yams' number
        /// constructors (which read only the text and style). The tag gets the `basic` resolver:
        /// Yams' default one compiles its regular expressions on first use.
        var yams: Node.Scalar {
            Node.Scalar(string, Tag(tag.map(Tag.Name.init(rawValue:)) ?? .implicit, .basic), style)
        }

        /// Yams' `Int.construct`, with its answer for the usual `-?[1-9][0-9]*` and `0` computed
        /// here, and nil for a text starting with a letter (no form Yams reads starts so); the
        /// rest — octal `0…`, `0x`, `_`, `+`, sexagesimal — goes to Yams.
        var int: Int? {
            guard style == .plain || style == .any else { return nil }
            var text = string
            if text.utf8.first.map(Self.isASCIILetter) ?? false { return nil }
            let plainDecimal = text.withUTF8 { b -> Bool in
                guard !b.isEmpty else { return false }
                let digits = b[0] == UInt8(ascii: "-") ? b[1...] : b[0...]
                guard let first = digits.first else { return false }
                if first == UInt8(ascii: "0") { return b.count == 1 }
                return digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            }
            return plainDecimal ? Int(text) : Int.construct(from: yams)
        }

        /// Yams' `Double.construct`, with its answer for texts of only `0-9 . e E + -` computed
        /// here (Yams gives `Double(text)` for them too), and nil for a text starting with a letter
        /// other than `i`, `n` (only `inf`, `infinity`, `nan` do); the rest — `.inf`, `_`,
        /// sexagesimal — goes to Yams.
        var float: Double? {
            guard style == .plain || style == .any else { return nil }
            var text = string
            if let first = text.utf8.first, Self.isASCIILetter(first), !"iInN".utf8.contains(first) { return nil }
            let plainNumber = text.withUTF8 { b in
                !b.isEmpty && b.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".")
                    || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
            }
            return plainNumber ? Double(text) : Double.construct(from: yams)
        }

        private static func isASCIILetter(_ b: UInt8) -> Bool {
            (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
        }
    }

    /// A mapping's key–value pairs in file order, and where it starts.
    struct Mapping: RandomAccessCollection {
        var pairs: [(key: YAMLNode, value: YAMLNode)]
        var mark: YAMLMark

        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }
        subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) { pairs[position] }

        /// The value under a text key (keys are unique: the composer rejects repeated ones).
        func value(forKey key: String) -> YAMLNode? {
            for pair in pairs {
                if case .scalar(let k) = pair.key, k.string == key { return pair.value }
            }
            return nil
        }

        /// The value under a text key, as `value(forKey:)`.
        subscript(key: String) -> YAMLNode? { value(forKey: key) }
    }
}

/// A position in a YAML text: 1-based line and column.
struct YAMLMark: Equatable {
    var line: Int
    var column: Int
}
