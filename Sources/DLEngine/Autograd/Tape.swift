/// A value recorded on a `Tape`: its position there.
public struct Variable: Hashable, Sendable {
    /// The index of the node on its tape.
    public let id: Int
}

/// Reverse-mode automatic differentiation at tensor level (micrograd's idea for whole tensors).
///
/// Every op appends a node holding its output and a backward function next to it: given the gradient
/// of the loss with respect to the output, the backward returns the gradients with respect to each
/// parent. `gradients(of:)` walks the nodes in reverse order (the order they were recorded is already
/// a topological order) and adds up what each parent receives.
public struct Tape {
    /// Given ∂L/∂output and which parents need a gradient, the gradient for each parent in order
    /// (a parent that needs none may get a placeholder, which is ignored).
    typealias Backward = (Tensor, [Bool]) throws(EngineError) -> [Tensor]

    private struct Node {
        let value: Tensor
        let parents: [Int]
        let backward: Backward?
        /// False for inputs recorded with `requiresGrad: false` and for everything computed only from them.
        let needsGradient: Bool
    }

    private var nodes: [Node] = []

    /// An empty tape.
    public init() {}

    /// The number of recorded values.
    public var count: Int { nodes.count }

    /// The value of a recorded variable.
    public func value(_ v: Variable) -> Tensor { nodes[v.id].value }

    /// Records an input or a parameter (a leaf: nothing flows further back). With `requiresGrad: false`
    /// (a batch of images, say) no gradient is computed for it, as `requires_grad=False` in torch.
    public mutating func leaf(_ t: Tensor, requiresGrad: Bool = true) -> Variable {
        nodes.append(Node(value: t, parents: [], backward: nil, needsGradient: requiresGrad))
        return Variable(id: nodes.count - 1)
    }

    /// Records an op's output with its parents and backward function.
    mutating func record(_ value: Tensor, parents: [Variable], backward: @escaping Backward) -> Variable {
        let needs = parents.contains { nodes[$0.id].needsGradient }
        nodes.append(Node(value: value, parents: parents.map(\.id), backward: backward, needsGradient: needs))
        return Variable(id: nodes.count - 1)
    }

    /// Backpropagates from `output` (seeded with `seed`, default ones: a scalar loss gets ∂L/∂L = 1) and
    /// returns ∂output/∂v for every recorded variable; nil where nothing flowed or no gradient is needed.
    public func gradients(of output: Variable, seed: Tensor? = nil) throws(EngineError) -> Gradients {
        var grads = [Tensor?](repeating: nil, count: nodes.count)
        let start = nodes[output.id].value
        grads[output.id] = seed ?? Tensor(uncheckedShape: start.shape, data: Array(repeating: 1, count: start.count))
        for id in stride(from: output.id, through: 0, by: -1) {
            guard let upstream = grads[id], let backward = nodes[id].backward, nodes[id].needsGradient else { continue }
            let parents = nodes[id].parents
            let needs = parents.map { nodes[$0].needsGradient }
            for (k, g) in try backward(upstream, needs).enumerated() where needs[k] {
                let parent = parents[k]
                if var sum = grads[parent] {
                    for i in sum.data.indices { sum.data[i] += g.data[i] }
                    grads[parent] = sum
                } else {
                    grads[parent] = g
                }
            }
        }
        return Gradients(values: grads)
    }
}

/// The gradients one backward pass produced, looked up by variable.
public struct Gradients: Sendable {
    let values: [Tensor?]

    /// ∂L/∂v, or nil when `v` does not influence the output.
    public subscript(_ v: Variable) -> Tensor? { v.id < values.count ? values[v.id] : nil }
}
