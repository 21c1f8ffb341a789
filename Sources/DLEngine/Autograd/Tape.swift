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
    /// Given ∂L/∂output, the gradient for each parent, in the parents' order.
    typealias Backward = (Tensor) throws(EngineError) -> [Tensor]

    private struct Node {
        let value: Tensor
        let parents: [Int]
        let backward: Backward?
    }

    private var nodes: [Node] = []

    /// An empty tape.
    public init() {}

    /// The number of recorded values.
    public var count: Int { nodes.count }

    /// The value of a recorded variable.
    public func value(_ v: Variable) -> Tensor { nodes[v.id].value }

    /// Records an input or a parameter (a leaf: nothing flows further back).
    public mutating func leaf(_ t: Tensor) -> Variable {
        nodes.append(Node(value: t, parents: [], backward: nil))
        return Variable(id: nodes.count - 1)
    }

    /// Records an op's output with its parents and backward function.
    mutating func record(_ value: Tensor, parents: [Variable], backward: @escaping Backward) -> Variable {
        nodes.append(Node(value: value, parents: parents.map(\.id), backward: backward))
        return Variable(id: nodes.count - 1)
    }

    /// Backpropagates from `output` (seeded with `seed`, default ones: a scalar loss gets ∂L/∂L = 1) and
    /// returns ∂output/∂v for every recorded variable, indexed by `Variable.id`; nil where nothing flowed.
    public func gradients(of output: Variable, seed: Tensor? = nil) throws(EngineError) -> Gradients {
        var grads = [Tensor?](repeating: nil, count: nodes.count)
        let start = nodes[output.id].value
        grads[output.id] = seed ?? Tensor(uncheckedShape: start.shape, data: Array(repeating: 1, count: start.count))
        for id in stride(from: output.id, through: 0, by: -1) {
            guard let upstream = grads[id], let backward = nodes[id].backward else { continue }
            for (parent, g) in zip(nodes[id].parents, try backward(upstream)) {
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
