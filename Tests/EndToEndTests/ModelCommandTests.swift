import Foundation
import XCTest

/// `dlstudy model …`: tables, JSON, spec files and errors.
final class ModelCommandTests: XCTestCase {
    var fixture: [String: Any] {
        let url = BuiltBinary.packageRoot.appendingPathComponent("Tests/Fixtures/models/torchvision_models.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }

    func testJSONTotalsAndFinalFootprintMatchTorchvision() throws {
        let totals = try XCTUnwrap(fixture["totals"] as? [String: Int])
        let rfs = try XCTUnwrap(fixture["receptive_fields"] as? [String: [String: Int]])
        for name in ["alexnet", "vgg16", "resnet50", "googlenet", "mobilenet_v2"] {
            let r = Run.dlstudy(["model", name, "--json"])
            XCTAssertEqual(r.status, 0, r.stderr)
            let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], name)
            XCTAssertEqual(json["model"] as? String, name)
            XCTAssertEqual(json["input"] as? [Int], [3, 224, 224])
            XCTAssertEqual(json["total_params"] as? Int, totals[name], name)
            let layers = try XCTUnwrap(json["layers"] as? [[String: Any]])
            XCTAssertEqual(layers.compactMap { $0["params"] as? Int }.reduce(0, +), totals[name])
            for key in ["name", "kind", "output", "params", "macs", "receptive_field", "effective_stride", "effective_padding"] {
                XCTAssertNotNil(layers.first?[key], key)
            }
            XCTAssertNotNil(json["total_params_without_bias"] as? Int)
            XCTAssertNotNil(json["total_macs"] as? Int)
            if let rf = rfs[name] {
                XCTAssertEqual(json["final_receptive_field"] as? Int, rf["receptive_field"], name)
                XCTAssertEqual(json["final_effective_stride"] as? Int, rf["effective_stride"], name)
                XCTAssertEqual(json["final_effective_padding"] as? Int, rf["effective_padding"], name)
            }
        }
    }

    func testTablesFitEightyColumnsUnlessExact() {
        for name in ["alexnet", "vgg19", "googlenet", "resnet50", "densenet121", "mobilenet_v2", "alexnet-2012"] {
            let r = Run.dlstudy(["model", name])
            XCTAssertEqual(r.status, 0, r.stderr)
            for line in r.stdout.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 80, "\(name): \(line)") }
            XCTAssertTrue(r.stdout.contains("Layer"))
            XCTAssertTrue(r.stdout.contains("Mult-adds"))
        }
        let exact = Run.dlstudy(["model", "vgg16", "--exact"])
        XCTAssertTrue(exact.stdout.contains("102,764,544"))
        let short = Run.dlstudy(["model", "vgg16"])
        XCTAssertTrue(short.stdout.contains("102.8M"))
        XCTAssertTrue(short.stdout.contains("Parameters: 138,357,544 (138.4M)"))
    }

    func testAuxAndNoBias() throws {
        let totals = try XCTUnwrap(fixture["totals"] as? [String: Int])
        let aux = Run.dlstudy(["model", "googlenet", "--aux", "--json"])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(aux.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["total_params"] as? Int, totals["googlenet+aux"])
        let noBias = Run.dlstudy(["model", "alexnet", "--json", "--no-bias"])
        let nb = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(noBias.stdout.utf8)) as? [String: Any])
        let layers = try XCTUnwrap(nb["layers"] as? [[String: Any]])
        XCTAssertEqual(layers.compactMap { $0["params"] as? Int }.reduce(0, +), nb["total_params_without_bias"] as? Int)
    }

    func testHelpMentionsResNetV15() {
        let r = Run.dlstudy(["model", "--help"])
        XCTAssertTrue(r.stdout.contains("v1.5"), r.stdout)
    }

    func testUnknownModelSuggestsClosestAndExitsTwo() {
        let r = Run.dlstudy(["model", "resnet51"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.hasPrefix("error: unknown model 'resnet51' (did you mean 'resnet50'?)"), r.stderr)
        XCTAssertEqual(Run.dlstudy(["model", "missing.yaml"]).status, 2)
        XCTAssertEqual(Run.dlstudy(["model", "alexnet", "--input", "3x224"]).status, 2)
    }

    func testSpecFileAndInvalidSpecExitsOne() throws {
        let dir = URL(fileURLWithPath: temporaryPath("dlstudy-spec"))
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let good = dir.appendingPathComponent("tiny.yaml")
        try "input: 3x32x32\nlayers:\n  - conv: {out: 16, kernel: 3, padding: 1}\n  - relu\n  - maxpool: {kernel: 2}\n  - flatten\n  - linear: {out: 10}\n"
            .write(to: good, atomically: true, encoding: .utf8)
        let r = Run.dlstudy(["model", good.path, "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["model"] as? String, "tiny")
        XCTAssertEqual(json["total_params"] as? Int, (3 * 3 * 3 * 16 + 16) + (16 * 16 * 16 * 10 + 10))
        let bad = dir.appendingPathComponent("bad.yaml")
        try "input: 3x8x8\nlayers:\n  - conv: {out: 8, kernel: 3}\n  - maxpool: {kernel: 2}\n  - relu\n  - conv: {out: 8, kernel: 5}\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let e = Run.dlstudy(["model", bad.path])
        XCTAssertEqual(e.status, 1)
        XCTAssertEqual(e.stderr, "error: \(bad.path):6: layer 4 conv 5×5: input is 3×3 after padding 0, smaller than the 5×5 kernel\n")
        let alex = Run.dlstudy(["model", "alexnet", "--input", "3x32x32"])
        XCTAssertEqual(alex.status, 1)
        XCTAssertTrue(alex.stderr.contains("features.12"), alex.stderr)
    }
}
