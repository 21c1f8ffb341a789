import DLEngine

/// Reads a small matrix written row by row (`"1 2 3; 4 5 6"`: rows separated by `;` or newlines,
/// numbers by spaces or commas), as `dlstudy conv --input` and the convolution scenes take it.
public enum MatrixText {
    /// Parses `text`; `name` names the argument in messages (`--input row 2 has 2 numbers, row 1 has 3`).
    public static func parse(_ text: String, name: String) -> Result<[[Double]], MatrixTextError> {
        var rowTexts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ";" || $0 == "\n" })
            .map { $0.trimmingCharacters(in: " \t\r,") }
        while let last = rowTexts.last, last.isEmpty { rowTexts.removeLast() }
        guard !rowTexts.isEmpty else { return .failure(MatrixTextError("\(name) is empty: write rows like \"1 2 3; 4 5 6\"")) }
        var rows: [[Double]] = []
        for (i, rowText) in rowTexts.enumerated() {
            let words = rowText.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            guard !words.isEmpty else { return .failure(MatrixTextError("\(name) row \(i + 1) is empty")) }
            var row: [Double] = []
            for word in words {
                let cleaned = word.replacingOccurrences(of: "−", with: "-")
                guard let v = Double(cleaned) else {
                    return .failure(MatrixTextError("\(name) row \(i + 1): '\(word)' is not a number"))
                }
                guard v.isFinite else { return .failure(MatrixTextError("\(name) row \(i + 1): '\(word)' is not a finite number")) }
                row.append(v)
            }
            if let first = rows.first, first.count != row.count {
                return .failure(MatrixTextError("\(name) row \(i + 1) has \(row.count) number\(row.count == 1 ? "" : "s"), row 1 has \(first.count)"))
            }
            rows.append(row)
        }
        return .success(rows)
    }

    /// Parses `text` into a 1×H×W tensor of at most `maxSide`×`maxSide` (what fits on screen).
    public static func tensor(_ text: String, name: String, maxSide: Int = 16) -> Result<Tensor, MatrixTextError> {
        switch parse(text, name: name) {
        case .failure(let e): return .failure(e)
        case .success(let rows):
            let width = rows[0].count
            guard rows.count <= maxSide, width <= maxSide else {
                return .failure(MatrixTextError("\(name) is \(rows.count)×\(width); at most \(maxSide)×\(maxSide) fits on screen"))
            }
            guard rows.joined().allSatisfy({ abs($0) <= 1e6 }) else {
                return .failure(MatrixTextError("\(name): numbers must lie between -1000000 and 1000000"))
            }
            do {
                return .success(try Tensor(shape: [1, rows.count, width], data: Array(rows.joined())))
            } catch {
                return .failure(MatrixTextError("\(name): \(error.message)"))
            }
        }
    }

    /// Writes rows back in the same style (`1 0.5; -1 2`), every digit kept.
    public static func format(rows: [[Double]]) -> String {
        rows.map { $0.map(exact).joined(separator: " ") }.joined(separator: "; ")
    }

    /// A number as written in a matrix, without trailing zeros and without rounding (`1`, `0.5`, `-0.125`).
    public static func exact(_ v: Double) -> String {
        v.rounded() == v && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    /// Writes a 1×H×W (or H×W) tensor back in the same style.
    public static func format(_ t: Tensor) -> String {
        let w = t.shape.last ?? 0
        guard w > 0 else { return "" }
        return stride(from: 0, to: t.data.count, by: w).map { start in
            t.data[start..<start + w].map(NumberFormat.cell).joined(separator: " ")
        }.joined(separator: "; ")
    }
}

/// Why a matrix text could not be read; the message names the argument and the row.
public struct MatrixTextError: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}

