import CYaml
import Yams

/// Composes a content file's YAML into `YAMLNode`s straight from libyaml's events (libyaml is
/// the C parser inside Yams). It composes the way Yams' `compose(yaml:)` does — one document,
/// aliases replaced by their anchor's node, a repeated key in one mapping an error, the same
/// libyaml positions and messages — without Yams' per-event objects, tag objects and key hashing,
/// which cost more than libyaml's parse itself on the shipped content.
enum YAMLComposer {
    /// The single document of `text` (nil when the text holds none).
    static func compose(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(YAMLSyntaxError) -> YAMLNode? in
                var composer = Composer(source: EventSource(bytes))
                return try composer.document()
            }
        }
        return try result.get()
    }
}

/// Why a text is not one well-formed YAML document, with the position libyaml reports.
enum YAMLSyntaxError: Error {
    /// The bytes cannot be read (libyaml's reader: bad UTF-8, control characters).
    case reader(problem: String)
    /// libyaml's scanner or parser, or the composer (undefined alias, a second document).
    case syntax(context: String?, problem: String, mark: YAMLMark)
    /// Keys repeated in one mapping: their texts and where the first of them (in sorted order) first occurs.
    case duplicateKeys([String], first: YAMLMark)
    /// libyaml ran out of memory.
    case memory
}

/// One libyaml event, copied out of libyaml's buffers.
private enum Event {
    case streamStart, streamEnd, documentStart, documentEnd
    case alias(anchor: String, mark: YAMLMark)
    case scalar(YAMLNode.Scalar, anchor: String?)
    case sequenceStart(anchor: String?, mark: YAMLMark)
    case sequenceEnd
    case mappingStart(anchor: String?, mark: YAMLMark)
    case mappingEnd
}

/// libyaml's parser over one text's UTF-8 bytes.
private final class EventSource {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let empty = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    /// The position of the last event read.
    private(set) var startMark = YAMLMark(line: 1, column: 1)

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress ?? UnsafePointer(empty), bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        empty.deallocate()
    }

    func next() throws(YAMLSyntaxError) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw error() }
        defer { yaml_event_delete(&event) }
        let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        startMark = mark
        switch event.type {
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
            let tag = s.quoted_implicit == 1 ? Tag.Name.str.rawValue : Self.text(s.tag)
            let style = Node.Scalar.Style(rawValue: numericCast(s.style.rawValue)) ?? .any
            return .scalar(YAMLNode.Scalar(string: text, style: style, tag: tag, mark: mark), anchor: Self.text(s.anchor))
        case YAML_MAPPING_START_EVENT: return .mappingStart(anchor: Self.text(event.data.mapping_start.anchor), mark: mark)
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        case YAML_SEQUENCE_START_EVENT: return .sequenceStart(anchor: Self.text(event.data.sequence_start.anchor), mark: mark)
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_ALIAS_EVENT: return .alias(anchor: Self.text(event.data.alias.anchor) ?? "", mark: mark)
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_STREAM_START_EVENT: return .streamStart
        default: return .streamEnd
        }
    }

    /// libyaml's error as Yams reports it (1-based positions, the context before the problem).
    private func error() -> YAMLSyntaxError {
        let p = parser.pointee
        switch p.error {
        case YAML_READER_ERROR:
            return .reader(problem: p.problem.map { String(cString: $0) } ?? "")
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            return .syntax(context: p.context.map { String(cString: $0) }, problem: p.problem.map { String(cString: $0) } ?? "",
                           mark: YAMLMark(line: Int(p.problem_mark.line) + 1, column: Int(p.problem_mark.column) + 1))
        default:
            return .memory
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

/// Builds nodes from the events, depth first.
private struct Composer {
    let source: EventSource
    var anchors: [String: YAMLNode] = [:]

    init(source: EventSource) { self.source = source }

    /// The stream's single document (as Yams' `singleRoot`).
    mutating func document() throws(YAMLSyntaxError) -> YAMLNode? {
        _ = try source.next()   // stream start
        guard case .documentStart = try source.next() else { return nil }
        let root = try node(try source.next())
        _ = try source.next()   // document end
        if case .streamEnd = try source.next() { return root }
        throw .syntax(context: "expected a single document in the stream", problem: "but found another document",
                      mark: source.startMark)
    }

    private mutating func node(_ event: Event) throws(YAMLSyntaxError) -> YAMLNode {
        switch event {
        case .alias(let anchor, let mark):
            guard let node = anchors[anchor] else { throw .syntax(context: nil, problem: "found undefined alias", mark: mark) }
            return node
        case .scalar(let scalar, let anchor):
            return register(.scalar(scalar), anchor)
        case .sequenceStart(let anchor, let mark):
            var items: [YAMLNode] = []
            while true {
                let e = try source.next()
                if case .sequenceEnd = e { break }
                items.append(try node(e))
            }
            return register(.sequence(items, mark), anchor)
        case .mappingStart(let anchor, let mark):
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            pairs.reserveCapacity(8)   // content mappings hold a few keys: no regrowing from 1, 2, 4
            while true {
                let e = try source.next()
                if case .mappingEnd = e { break }
                let key = try node(e)
                pairs.append((key, try node(try source.next())))
            }
            try Self.checkDuplicates(pairs)
            return register(.mapping(YAMLNode.Mapping(pairs: pairs, mark: mark)), anchor)
        default:
            throw .syntax(context: nil, problem: "unexpected event", mark: YAMLMark(line: 1, column: 1))
        }
    }

    private mutating func register(_ node: YAMLNode, _ anchor: String?) -> YAMLNode {
        if let anchor { anchors[anchor] = node }
        return node
    }

    /// Yams' duplicate-key rule: two scalar keys are the same when their texts and resolved tags
    /// are (every untagged key resolves to `str`, as Yams' `basic` resolver does). The error names
    /// every repeated key and points at the first occurrence of the first of them in sorted order.
    private static func checkDuplicates(_ pairs: [(key: YAMLNode, value: YAMLNode)]) throws(YAMLSyntaxError) {
        guard pairs.count > 1 else { return }
        var repeated: [YAMLNode.Scalar] = []
        if pairs.count <= 16 {
            for i in pairs.indices {
                guard case .scalar(let a) = pairs[i].key,
                      let first = pairs[..<i].lazy.compactMap(\.key.scalar).first(where: { sameKey($0, a) }),
                      !repeated.contains(where: { sameKey($0, a) }) else { continue }
                repeated.append(first)
            }
        } else {
            var firsts: [Key: (scalar: YAMLNode.Scalar, repeated: Bool)] = [:]
            var order: [Key] = []
            for pair in pairs {
                guard case .scalar(let a) = pair.key else { continue }
                let key = Key(string: a.string, tag: resolvedTag(a))
                if firsts[key] != nil { firsts[key]?.repeated = true } else { firsts[key] = (a, false); order.append(key) }
            }
            repeated = order.compactMap { firsts[$0].flatMap { $0.repeated ? $0.scalar : nil } }
        }
        guard !repeated.isEmpty else { return }
        let sorted = repeated.sorted { $0.string < $1.string }
        throw .duplicateKeys(sorted.map(\.string), first: sorted[0].mark)
    }

    private struct Key: Hashable {
        var string: String
        var tag: String
    }

    private static func sameKey(_ a: YAMLNode.Scalar, _ b: YAMLNode.Scalar) -> Bool {
        a.string == b.string && resolvedTag(a) == resolvedTag(b)
    }

    private static func resolvedTag(_ s: YAMLNode.Scalar) -> String {
        guard let tag = s.tag, tag != "!" else { return Tag.Name.str.rawValue }
        return tag
    }
}
