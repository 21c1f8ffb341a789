import Foundation
import XCTest
@testable import DLContent
import DLEngine

/// Reference numbers recorded from torch (Tests/Fixtures/gen_model_fixtures.py).
struct TorchNumbers: Decodable {
    struct RF: Decodable { var receptive_field: Int; var effective_stride: Int }
    var totals: [String: Int]
    var totals_without_bias: [String: Int]
    var module_params: [String: [String: Int]]
    var sizes: [String: [[Int]]]
    var recurrent: [[String: Int]]
    var receptive_fields: [String: RF]

    static func load() throws -> TorchNumbers {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/models/torchvision_models.json")
        return try JSONDecoder().decode(TorchNumbers.self, from: Data(contentsOf: url))
    }
}

/// The calc-expression vocabulary: values, formulas, display options and errors.
final class CalcExpressionTests: XCTestCase {
    func value(_ text: String) throws -> Double { try CalcEvaluator.evaluate(text).value }

    func message(_ text: String) -> String? {
        do { _ = try CalcEvaluator.render(text); return nil } catch { return error.message }
    }

    func testEveryVocabularyNameIsImplemented() throws {
        let names = ["conv-out", "conv-params", "conv-macs", "pool-out", "convT-out", "fc-params", "rf", "rf-stride",
                     "stack-params", "stack-ratio", "reduction-params", "bottleneck-params", "densenet-channels",
                     "fcn-params", "yolo-out", "rnn-params", "lstm-params", "gru-params", "model-params",
                     "model-layer-params", "model-rf"]
        for name in names { XCTAssertTrue(CalcEvaluator.names.contains(name), name) }
    }

    func testSizesMatchTorch() throws {
        let sizes = try TorchNumbers.load().sizes
        for c in try XCTUnwrap(sizes["conv"]).prefix(300) {
            XCTAssertEqual(try value("conv-out i=\(c[0]) k=\(c[1]) s=\(c[2]) p=\(c[3]) d=\(c[4])"), Double(c[5]), "\(c)")
        }
        for c in try XCTUnwrap(sizes["pool"]).prefix(300) {
            XCTAssertEqual(try value("pool-out i=\(c[0]) k=\(c[1]) s=\(c[2]) p=\(c[3]) d=\(c[4]) ceil=\(c[5])"), Double(c[6]), "\(c)")
        }
        for c in try XCTUnwrap(sizes["conv_transpose"]).prefix(300) {
            XCTAssertEqual(try value("convT-out i=\(c[0]) k=\(c[1]) s=\(c[2]) p=\(c[3]) op=\(c[4]) d=\(c[5])"), Double(c[6]), "\(c)")
        }
    }

    func testRecurrentCountsMatchTorch() throws {
        for row in try TorchNumbers.load().recurrent {
            let i = try XCTUnwrap(row["i"]), h = try XCTUnwrap(row["h"])
            for cell in ["rnn", "lstm", "gru"] {
                XCTAssertEqual(try value("\(cell)-params i=\(i) h=\(h)"), Double(try XCTUnwrap(row[cell])), "\(cell) \(i) \(h)")
            }
        }
    }

    func testModelNamesMatchTorchvision() throws {
        let t = try TorchNumbers.load()
        for name in ModelCatalog.torchvisionNames {
            XCTAssertEqual(try value("model-params name=\(name)"), Double(try XCTUnwrap(t.totals[name])), name)
            XCTAssertEqual(try value("model-params name=\(name) bias=0"), Double(try XCTUnwrap(t.totals_without_bias[name])), name)
        }
        XCTAssertEqual(try value("model-layer-params name=alexnet layer=classifier.1"),
                       Double(try XCTUnwrap(t.module_params["alexnet"]?["classifier.1"])))
        XCTAssertEqual(try value("model-layer-params name=resnet50 layer=layer1.0.conv2"),
                       Double(try XCTUnwrap(t.module_params["resnet50"]?["layer1.0.conv2"])))
        for name in ["alexnet", "vgg16", "resnet50"] {
            XCTAssertEqual(try value("model-rf name=\(name)"), Double(try XCTUnwrap(t.receptive_fields[name]).receptive_field))
            XCTAssertEqual(try value("model-rf-stride name=\(name)"), Double(try XCTUnwrap(t.receptive_fields[name]).effective_stride))
        }
    }

    func testLectureFormulasAgreeWithTheEngine() throws {
        let net = Network(name: "n", input: FeatureShape(channels: 128, height: 50, width: 40),
                          layers: [Layer("c", .conv(ConvSpec(out: 64, kernel: 3, padding: .explicit(1))))])
        let r = try net.analyze()
        XCTAssertEqual(try value("conv-params k=3 cin=128 cout=64"), Double(r.totalParams))
        XCTAssertEqual(try value("conv-params k=3 cin=128 cout=64 bias=0"), Double(r.totalParamsWithoutBias))
        XCTAssertEqual(try value("conv-macs k=3 cin=128 cout=64 h=50 w=40"), Double(r.totalMacs))
        XCTAssertEqual(try value("rf layers=3/1,3/1"), Double(try XCTUnwrap(Footprint.ofStack([(3, 1, 1), (3, 1, 1)])).receptiveField))
        let vgg = try XCTUnwrap(ModelCatalog.model(named: "vgg16")).analyze()
        XCTAssertEqual(try value("fcn-params c=512 h=7 w=7 out=4096"), Double(try XCTUnwrap(vgg.layer(named: "classifier.0")).params))
        XCTAssertEqual(try value("fc-params in=4096 out=1000"), Double(try XCTUnwrap(vgg.layer(named: "classifier.6")).params))
        let two = try XCTUnwrap(ModelCatalog.model(named: "two-3x3")).analyze()
        XCTAssertEqual(try value("stack-params n=2 k=3 c=64"), Double(two.totalParamsWithoutBias))
        XCTAssertEqual(try value("stack-params n=2 k=3 c=64 bias=1"), Double(two.totalParams))
        let one = try XCTUnwrap(ModelCatalog.model(named: "one-5x5")).analyze()
        XCTAssertEqual(try value("stack-ratio big=5 small=3"), Double(one.totalParamsWithoutBias) / Double(two.totalParamsWithoutBias), accuracy: 1e-12)
        let dense = try XCTUnwrap(ModelCatalog.model(named: "densenet121")).analyze()
        XCTAssertEqual(try value("densenet-channels c0=64 k=32 l=6"),
                       Double(try XCTUnwrap(dense.layer(named: "features.denseblock1.denselayer6")).output.channels))
        let resnet = try XCTUnwrap(ModelCatalog.model(named: "resnet50")).analyze()
        let body = ["conv1", "conv2", "conv3"].compactMap { resnet.namedParams["layer1.1.\($0)"] }.reduce(0, +)
        XCTAssertEqual(try value("bottleneck-params cin=256 mid=64 cout=256"), Double(body))
        let incep = try XCTUnwrap(ModelCatalog.model(named: "googlenet")).analyze()
        let branch2 = ["inception3a.branch2.0.conv", "inception3a.branch2.1.conv"].compactMap { incep.namedParams[$0] }.reduce(0, +)
        XCTAssertEqual(try value("reduction-params cin=192 mid=96 cout=128 k=3"), Double(branch2))
    }

    /// `aux=1` (used by the notes' GoogLeNet figure) adds the auxiliary classifiers, as torchvision's
    /// `googlenet(aux_logits=True)` counts them; other models have none to add.
    func testModelParamsWithGoogLeNetsAuxiliaryClassifiers() throws {
        let torch = try TorchNumbers.load()
        XCTAssertEqual(try value("model-params name=googlenet aux=1"), Double(try XCTUnwrap(torch.totals["googlenet+aux"])))
        XCTAssertEqual(try value("model-params name=googlenet aux=0"), Double(try XCTUnwrap(torch.totals["googlenet"])))
        XCTAssertEqual(message("model-params name=vgg16 aux=1"), "model-params: aux=1 adds GoogLeNet's auxiliary classifiers; vgg16 has none")
        XCTAssertEqual(message("model-params name=googlenet aux=2"), "model-params: 'aux' must be 0 or 1, got 2")
    }

    func testDisplayOptionsAndFormula() throws {
        XCTAssertEqual(try CalcEvaluator.render("conv-params k=3 cin=128 cout=64 bias=0"), "73,728")
        XCTAssertEqual(try CalcEvaluator.render("conv-params k=3 cin=128 cout=64 bias=0 fmt=plain"), "73728")
        XCTAssertEqual(try CalcEvaluator.render("conv-params k=3 cin=128 cout=64 bias=0 show=formula"), "3·3·128·64 = 73,728")
        XCTAssertEqual(try CalcEvaluator.render("conv-params k=3 cin=128 cout=64 show=formula"), "3·3·128·64 + 64 = 73,792")
        XCTAssertEqual(try CalcEvaluator.render("model-params name=alexnet fmt=short"), "61.1M")
        XCTAssertEqual(try CalcEvaluator.render("model-params name=vgg16 fmt=short"), "138.4M")
        XCTAssertEqual(try CalcEvaluator.render("model-params name=googlenet fmt=short"), "6.6M")
        XCTAssertEqual(try CalcEvaluator.render("stack-ratio big=5 small=3"), "1.39")
        XCTAssertEqual(try CalcEvaluator.render("stack-ratio big=5 small=3 digits=3"), "1.389")
        XCTAssertEqual(try CalcEvaluator.render("yolo-out s=7 b=2 c=20 show=formula"), "7·7·(2·5 + 20) = 1,470")
        XCTAssertEqual(try CalcEvaluator.render("lstm-params i=10 h=20 show=formula"), "4·20·(10 + 20) + 8·20 = 2,560")
        // A rounded value is not "equal": 25/18 = 1.3888…, shown to two decimals.
        XCTAssertEqual(try CalcEvaluator.render("stack-ratio big=5 small=3 show=formula"), "5·5 / (2·3·3) = 25/18 ≈ 1.39")
        XCTAssertEqual(try CalcEvaluator.render("stack-ratio big=7 small=3 show=formula"), "7·7 / (3·3·3) = 49/27 ≈ 1.81")
        XCTAssertEqual(try CalcEvaluator.render("model-params name=alexnet fmt=short show=formula").hasSuffix("≈ 61.1M"), true)
        XCTAssertEqual(Placeholders.expand("FC6 has {{model-layer-params name=alexnet-2012 layer=fc6}} parameters.",
                                           evaluate: CalcEvaluator.placeholder),
                       "FC6 has 37,752,832 parameters.")
    }

    func testErrorsAreClear() {
        XCTAssertEqual(message("conv-parms k=3"), "unknown calc name 'conv-parms' (did you mean 'conv-params'?)")
        XCTAssertEqual(message("conv-params k=3 cin=1 cout=2 kernal=3"),
                       "conv-params: unknown key 'kernal' (keys: k cin cout bias groups)")
        XCTAssertEqual(message("conv-params k=3 cin=128"), "conv-params: missing key cout")
        // Out-of-range values read like the scene parameters' (RangeMessage): 'name' must be …, got value.
        XCTAssertEqual(message("conv-params k=three cin=1 cout=2"), "conv-params: 'k' must be a whole number from 1 to 1000000000, got three")
        XCTAssertEqual(message("conv-out i=8 k=3 s=0"), "conv-out: 's' must be a whole number from 1 to 1000000000, got 0")
        XCTAssertEqual(message("conv-params k=3 cin=1 cout=2000000000"), "conv-params: 'cout' must be a whole number from 1 to 1000000000, got 2000000000")
        XCTAssertEqual(message("conv-params k=3 cin=1 cout=2 bias=2"), "conv-params: 'bias' must be 0 or 1, got 2")
        XCTAssertEqual(message("model-params name=resnet51"), "model-params: unknown model 'resnet51' (did you mean 'resnet50'?)")
        XCTAssertNotNil(message("conv-out i=2 k=5"))
        XCTAssertNotNil(message("rf layers=3/x"))
        XCTAssertNotNil(message("conv-params k=1000000000 cin=1000000000 cout=1000000000"))
        XCTAssertNotNil(message("fmt=plain"))
        XCTAssertNotNil(message(""))
        XCTAssertNotNil(message("fc-params in=3 out=4 fmt=fancy"))
    }
}
