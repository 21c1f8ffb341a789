import DLEngine
import Foundation
import XCTest

/// Thousands of mutated requests through the compute service: every one must return a result or a
/// typed error, never trap.
final class ComputeFuzzTests: XCTestCase {
    static let mutationsPerSeed = 4
    static let seedsPerCase = 50

    func testMutatedRequestsNeverCrash() throws {
        var rng = SeededGenerator(seed: 20_240_603)
        let seeds = try Fixtures.all().map(\.request)
        XCTAssertGreaterThan(seeds.count, 100)
        var count = 0, failures = 0
        for seed in seeds {
            for _ in 0..<Self.seedsPerCase {
                var value = seed
                for _ in 0..<Int.random(in: 1...Self.mutationsPerSeed, using: &rng) { value = mutate(value, &rng) }
                if case .failure(let e) = ComputeService.respond(to: Data(value.serialized.utf8)) {
                    XCTAssertFalse(e.message.isEmpty)
                    failures += 1
                }
                count += 1
            }
        }
        // Some text-level damage too: truncation and byte flips of valid requests.
        for seed in seeds {
            let bytes = Array(seed.serialized.utf8)
            for _ in 0..<10 {
                var b = bytes
                if Bool.random(using: &rng) {
                    b = Array(b.prefix(Int.random(in: 0...b.count, using: &rng)))
                } else if !b.isEmpty {
                    b[Int.random(in: 0..<b.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
                }
                _ = ComputeService.respond(to: Data(b))
                count += 1
            }
        }
        XCTAssertGreaterThanOrEqual(count, 5_000)
        XCTAssertGreaterThan(failures, count / 10, "mutations should mostly break requests")
        print("fuzz: \(count) requests, \(failures) rejected with a message")
    }

    private let interesting: [JSONValue] = [
        .null, .bool(true), .string("same"), .string("valid"), .string(""), .number(0), .number(-1), .number(1),
        .number(2), .number(3), .number(0.5), .number(-7), .number(1e9), .number(-1e9), .number(1e300), .number(1e20),
        .array([]), .array([.number(1)]), .array([.number(0), .number(2)]), .array([.number(-1), .number(1)]),
        .array([.array([])]), .object([:]), .object(["top": .number(1), "bottom": .number(0), "left": .number(2), "right": .number(1)]),
    ]

    private let keys = [
        "op", "input", "weight", "bias", "stride", "padding", "dilation", "groups", "output_padding", "kernel_size",
        "ceil_mode", "return_indices", "count_include_pad", "divisor_override", "boxes", "output_size", "spatial_scale",
        "weight_ih", "weight_hh", "bias_ih", "bias_hh", "h0", "c0", "bptt", "dim", "other", "tensors", "start_dim",
    ]

    private func mutate(_ v: JSONValue, _ rng: inout SeededGenerator) -> JSONValue {
        switch v {
        case .object(var o):
            let key = o.keys.sorted().randomElement(using: &rng) ?? "op"
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: o[key] = nil
            case 1: o[key] = interesting.randomElement(using: &rng)
            case 2: o[keys.randomElement(using: &rng) ?? "op"] = interesting.randomElement(using: &rng)
            case 3: if key != "op" { o["op"] = .string(ComputeRequest.ops.randomElement(using: &rng) ?? "conv2d") }
            default: if let x = o[key] { o[key] = mutate(x, &rng) }
            }
            return .object(o)
        case .array(var a):
            guard !a.isEmpty else { return interesting.randomElement(using: &rng) ?? .null }
            let i = Int.random(in: 0..<a.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: a.remove(at: i)
            case 1: a.append(a[i])
            case 2: a[i] = interesting.randomElement(using: &rng) ?? .null
            case 3: a = [.array(a)]
            default: a[i] = mutate(a[i], &rng)
            }
            return .array(a)
        case .number(let d):
            return [.number(-d), .number(d + 1), .number(d * 1e200), .number(0), .number(d / 3), .string("x")]
                .randomElement(using: &rng) ?? v
        default:
            return interesting.randomElement(using: &rng) ?? v
        }
    }
}
