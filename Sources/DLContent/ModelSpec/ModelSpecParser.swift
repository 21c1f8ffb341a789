import DLEngine
import Yams

/// Reads a network from a spec file (YAML; see docs/model-spec.md).
///
/// ```yaml
/// name: tiny
/// input: 3x32x32
/// layers:
///   - conv: {out: 16, kernel: 3, padding: 1}
///   - relu
///   - maxpool: {kernel: 2}
///   - flatten
///   - linear: {out: 10}
/// ```
public struct ModelSpecParser {
    /// The largest number accepted anywhere in a spec (sizes, channels, kernels).
    public static let maxNumber = 1_000_000

    let file: String
    /// Line of every layer, by its index path in the layer tree (as `ArchitectureError.indexPath`).
    var lines: [[Int]: Int] = [:]

    /// A parsed spec: the network and where each layer was written.
    public struct Spec: Sendable {
        public var network: Network
        public var file: String
        public var lines: [[Int]: Int]

        /// The analysed network, or the failing layer with its file:line.
        public func analyze() throws(ModelSpecError) -> NetworkReport {
            do {
                return try network.analyze()
            } catch {
                var path = error.indexPath
                var line = lines[path]
                while line == nil, !path.isEmpty {
                    path.removeLast()
                    line = lines[path]
                }
                return try { () throws(ModelSpecError) -> NetworkReport in
                    throw ModelSpecError(file: file, line: line, message: error.description)
                }()
            }
        }
    }

    /// Parses `text` (the contents of `file`, used in messages); `defaultName` names an unnamed model.
    public static func parse(_ text: String, file: String, defaultName: String = "model") throws(ModelSpecError) -> Spec {
        var parser = ModelSpecParser(file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ModelSpecError(file: file, line: nil, message: "the file is empty")
            }
            root = node
        } catch let error as ModelSpecError {
            throw error
        } catch let error as YamlError {
            throw ModelSpecError(file: file, line: Self.line(of: error), message: "not valid YAML: \(Self.problem(of: error))")
        } catch {
            throw ModelSpecError(file: file, line: nil, message: "not valid YAML")
        }
        let network = try parser.network(root, defaultName: defaultName)
        return Spec(network: network, file: file, lines: parser.lines)
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): return problem
        default: return "\(error)"
        }
    }

    func fail(_ node: Node?, _ message: String) -> ModelSpecError {
        ModelSpecError(file: file, line: node?.mark?.line, message: message)
    }

    mutating func network(_ root: Node, defaultName: String) throws(ModelSpecError) -> Network {
        guard let map = root.mapping else { throw fail(root, "expected a mapping with input and layers") }
        for (key, _) in map {
            let k = key.string ?? ""
            guard ["name", "input", "layers"].contains(k) else {
                throw fail(key, "unknown top-level key '\(k)' (expected name, input, layers)")
            }
        }
        let name = try map["name"].map { (n: Node) throws(ModelSpecError) -> String in
            guard let s = n.scalar?.string, !s.isEmpty else { throw fail(n, "name must be text") }
            return s
        } ?? defaultName
        guard let inputNode = map["input"] else { throw fail(root, "missing input (e.g. input: 3x224x224)") }
        let input = try shape(inputNode)
        guard let layersNode = map["layers"] else { throw fail(root, "missing layers") }
        guard let items = layersNode.sequence, items.count > 0 else {
            throw fail(layersNode, "layers must be a non-empty list")
        }
        var layers: [Layer] = []
        for (i, item) in items.enumerated() {
            layers.append(try layer(item, path: [i], defaultName: "layer \(i + 1)"))
        }
        return Network(name: name, input: input, layers: layers)
    }

    /// `3x224x224`, `3×224×224` or `[3, 224, 224]`.
    func shape(_ node: Node) throws(ModelSpecError) -> FeatureShape {
        var parts: [String] = []
        if let seq = node.sequence {
            parts = seq.map { $0.scalar?.string ?? "?" }
        } else if let s = node.scalar?.string {
            parts = s.split(whereSeparator: { $0 == "x" || $0 == "×" || $0 == "X" }).map { $0.trimmingCharacters() }
        }
        let nums = parts.map { Int($0) }
        guard nums.count == 3, let c = nums[0], let h = nums[1], let w = nums[2] else {
            throw fail(node, "input must be C×H×W, e.g. 3x224x224 or [3, 224, 224]")
        }
        guard [c, h, w].allSatisfy({ $0 > 0 && $0 <= Self.maxNumber }) else {
            throw fail(node, "input size \(c)×\(h)×\(w) must be positive (and at most \(Self.maxNumber))")
        }
        return FeatureShape(channels: c, height: h, width: w)
    }

    mutating func layers(_ node: Node, path: [Int], prefix: String) throws(ModelSpecError) -> [Layer] {
        guard let seq = node.sequence else { throw fail(node, "\(prefix): expected a list of layers") }
        var out: [Layer] = []
        for (i, item) in seq.enumerated() {
            out.append(try layer(item, path: path + [i], defaultName: "\(prefix).\(i + 1)"))
        }
        return out
    }

    mutating func layer(_ node: Node, path: [Int], defaultName: String) throws(ModelSpecError) -> Layer {
        lines[path] = node.mark?.line
        if let kind = node.scalar?.string {
            let options = LayerOptions(file: file, kind: kind, name: defaultName, node: node, map: nil)
            return Layer(defaultName, try LayerKinds.op(kind, options))
        }
        guard let map = node.mapping, map.count == 1, let (key, value) = map.first(where: { _ in true }),
              let kind = key.string else {
            throw fail(node, "\(defaultName): a layer is a kind (relu) or one kind with options (conv: {out: 16, kernel: 3})")
        }
        switch kind {
        case "residual":
            guard let m = value.mapping else { throw fail(value, "\(defaultName) residual: expected body and optional shortcut") }
            let name = try LayerOptions.name(m, defaultName, file: file)
            for (k, _) in m where !["body", "shortcut", "name"].contains(k.string ?? "") {
                throw fail(k, "\(name) residual: unknown key '\(k.string ?? "")' (keys: body shortcut name)")
            }
            guard let bodyNode = m["body"] else { throw fail(value, "\(name) residual: missing body") }
            let body = try layers(bodyNode, path: path + [0], prefix: "\(name) body")
            let shortcut = try m["shortcut"].map { (n: Node) throws(ModelSpecError) -> [Layer] in
                try layers(n, path: path + [1], prefix: "\(name) shortcut")
            } ?? []
            return Layer(name, .residual(body: body, shortcut: shortcut))
        case "concat":
            var name = defaultName
            var branchesNode = value
            if let m = value.mapping {
                name = try LayerOptions.name(m, defaultName, file: file)
                guard let b = m["branches"] else { throw fail(value, "\(name) concat: missing branches") }
                branchesNode = b
            }
            guard let branches = branchesNode.sequence, !branches.isEmpty else {
                throw fail(branchesNode, "\(name) concat: expected a list of branches (each a list of layers; [] is the identity)")
            }
            var out: [[Layer]] = []
            for (b, branch) in branches.enumerated() {
                out.append(try layers(branch, path: path + [b], prefix: "\(name) branch \(b + 1)"))
            }
            return Layer(name, .concat(kind: "concat", branches: out))
        case "block":
            var name = defaultName
            var itemsNode = value
            if let m = value.mapping {
                name = try LayerOptions.name(m, defaultName, file: file)
                guard let l = m["layers"] else { throw fail(value, "\(name) block: missing layers") }
                itemsNode = l
            }
            return Layer(name, .sequence(kind: "block", try layers(itemsNode, path: path, prefix: name)))
        default:
            let map = value.mapping
            let name = try map.map { (m: Node.Mapping) throws(ModelSpecError) -> String in try LayerOptions.name(m, defaultName, file: file) } ?? defaultName
            let options = LayerOptions(file: file, kind: kind, name: name, node: value, map: map)
            return Layer(name, try LayerKinds.op(kind, options))
        }
    }
}

extension StringProtocol {
    /// The text without surrounding spaces.
    func trimmingCharacters() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
