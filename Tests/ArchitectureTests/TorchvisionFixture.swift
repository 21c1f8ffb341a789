import Foundation

/// The numbers recorded from torchvision by Tests/Fixtures/gen_model_fixtures.py.
struct TorchvisionFixture: Decodable {
    struct Shape: Decodable {
        var name: String
        var output: [Int]
    }
    struct ReceptiveField: Decodable {
        var receptive_field: Int
        var effective_stride: Int
        var effective_padding: Int
    }
    var torch: String
    var torchvision: String
    var totals: [String: Int]
    var totals_without_bias: [String: Int]
    var sizes: [String: [[Int]]]
    var recurrent: [[String: Int]]
    var module_params: [String: [String: Int]]
    var ops_gflops: [String: Double?]
    var shapes: [String: [Shape]]
    var receptive_fields: [String: ReceptiveField]

    static func load() throws -> TorchvisionFixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/models/torchvision_models.json")
        return try JSONDecoder().decode(TorchvisionFixture.self, from: Data(contentsOf: url))
    }
}
