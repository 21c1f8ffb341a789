/// Conversion between tensors and nested lists (`[[1, 2], [3, 4]]`) as they appear in JSON.
public indirect enum NestedList: Equatable, Sendable {
    /// A number at the innermost level.
    case number(Double)
    /// A list of nested lists.
    case list([NestedList])
}

extension Tensor {
    /// Builds a tensor from a nested list, requiring a rectangular nesting of numbers.
    public init(nested: NestedList, name: String = "tensor") throws(EngineError) {
        var shape: [Int] = []
        var probe = nested
        while case .list(let items) = probe {
            shape.append(items.count)
            guard let first = items.first else { break }
            probe = first
        }
        if shape.count > 8 { throw EngineError("\(name) has rank \(shape.count), more than 8 dimensions") }
        var data: [Double] = []
        data.reserveCapacity(try Tensor.elementCount(shape))
        try Tensor.flatten(nested, depth: 0, shape: shape, into: &data, name: name, path: [])
        self.init(uncheckedShape: shape, data: data)
    }

    private static func flatten(
        _ node: NestedList, depth: Int, shape: [Int], into data: inout [Double], name: String, path: [Int]
    ) throws(EngineError) {
        let at = path.isEmpty ? "" : " at [\(path.map(String.init).joined(separator: "]["))]"
        switch node {
        case .number(let v):
            guard depth == shape.count else {
                throw EngineError("\(name) is ragged: a number\(at) where a list of \(shape[depth]) was expected")
            }
            data.append(v)
        case .list(let items):
            guard depth < shape.count else {
                throw EngineError("\(name) is ragged: a list\(at) where a number was expected")
            }
            guard items.count == shape[depth] else {
                throw EngineError("\(name) is ragged: a list of \(items.count)\(at) where \(shape[depth]) were expected")
            }
            for (i, item) in items.enumerated() {
                try flatten(item, depth: depth + 1, shape: shape, into: &data, name: name, path: path + [i])
            }
        }
    }

    /// The tensor as a nested list in row-major order.
    public var nested: NestedList {
        var index = 0
        return Tensor.build(shape[...], data: data, index: &index)
    }

    private static func build(_ shape: ArraySlice<Int>, data: [Double], index: inout Int) -> NestedList {
        guard let first = shape.first else {
            defer { index += 1 }
            return .number(data[index])
        }
        var items: [NestedList] = []
        items.reserveCapacity(first)
        for _ in 0..<first { items.append(build(shape.dropFirst(), data: data, index: &index)) }
        return .list(items)
    }
}
