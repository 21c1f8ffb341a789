import XCTest
@testable import DLEngine

/// Built-in models against the numbers recorded from torchvision.
final class TorchvisionModelTests: XCTestCase {
    func report(_ name: String, aux: Bool = false) throws -> NetworkReport {
        let network = try XCTUnwrap(ModelCatalog.model(named: name, auxiliary: aux), name)
        return try network.analyze()
    }

    func testTotalsEqualTorchvision() throws {
        let fixture = try TorchvisionFixture.load()
        for name in ModelCatalog.torchvisionNames {
            XCTAssertEqual(try report(name).totalParams, fixture.totals[name], name)
        }
        XCTAssertEqual(try report("googlenet", aux: true).totalParams, fixture.totals["googlenet+aux"])
    }

    func testNamedLayerParamsEqualTorchvisionModules() throws {
        let fixture = try TorchvisionFixture.load()
        for name in ModelCatalog.torchvisionNames + ["googlenet+aux"] {
            let r = try report(name == "googlenet+aux" ? "googlenet" : name, aux: name == "googlenet+aux")
            let modules = try XCTUnwrap(fixture.module_params[name])
            var matched = 0
            for (layer, count) in r.namedParams where count > 0 {
                guard let expected = modules[layer] else { continue }
                XCTAssertEqual(count, expected, "\(name) \(layer)")
                matched += 1
            }
            for row in r.layers where row.params > 0 && !["aux1", "aux2"].contains(row.name) {
                XCTAssertNotNil(modules[row.name], "\(name): row \(row.name) is not a torchvision module")
            }
            XCTAssertGreaterThan(matched, r.layers.filter { $0.params > 0 }.count / 2, name)
        }
    }

    func testLayerShapesEqualTorchvision() throws {
        let fixture = try TorchvisionFixture.load()
        for name in ["alexnet", "vgg16"] {
            let r = try report(name)
            let expected = try XCTUnwrap(fixture.shapes[name])
            for shape in expected {
                let row = try XCTUnwrap(r.layer(named: shape.name), "\(name) \(shape.name)")
                XCTAssertEqual(row.output.dimensions, shape.output, "\(name) \(shape.name)")
            }
            XCTAssertEqual(r.layers.filter { $0.kind != "flatten" }.map(\.name), expected.map(\.name), name)
        }
    }

    func testMultAddsMatchTorchvisionPublishedGFLOPS() throws {
        let fixture = try TorchvisionFixture.load()
        for name in ModelCatalog.torchvisionNames {
            guard let published = fixture.ops_gflops[name] ?? nil else { continue }
            let macs = Double(try report(name).totalMacs) / 1e9
            XCTAssertEqual(macs, published, accuracy: 0.0015, name)
        }
    }

    func testFinalFootprintEqualsEmpiricalGradientFootprint() throws {
        let fixture = try TorchvisionFixture.load()
        for name in ["alexnet", "vgg16", "resnet50"] {
            let expected = try XCTUnwrap(fixture.receptive_fields[name])
            let fp = try XCTUnwrap(try report(name).finalFeature?.footprint, name)
            XCTAssertEqual(fp.receptiveField, expected.receptive_field, name)
            XCTAssertEqual(fp.stride, expected.effective_stride, name)
            XCTAssertEqual(fp.padding, expected.effective_padding, name)
        }
    }

    func testFinalFeatureLayers() throws {
        XCTAssertEqual(try report("alexnet").finalFeature?.name, "features.12")
        XCTAssertEqual(try report("resnet50").finalFeature?.name, "layer4.2")
        XCTAssertEqual(try report("googlenet", aux: true).finalFeature?.name, "inception5b")
        XCTAssertEqual(try report("densenet121").finalFeature?.name, "relu")
    }
}

/// Totals without bias, output-size formulas and recurrent counts against torch.
final class TorchReferenceTests: XCTestCase {
    func testTotalsWithoutBiasEqualTorchvision() throws {
        let fixture = try TorchvisionFixture.load()
        for name in ModelCatalog.torchvisionNames {
            let r = try XCTUnwrap(ModelCatalog.model(named: name)).analyze()
            XCTAssertEqual(r.totalParamsWithoutBias, fixture.totals_without_bias[name], name)
        }
    }

    func testOutputSizesEqualTorch() throws {
        let sizes = try TorchvisionFixture.load().sizes
        let conv = try XCTUnwrap(sizes["conv"]), pool = try XCTUnwrap(sizes["pool"]), convT = try XCTUnwrap(sizes["conv_transpose"])
        XCTAssertGreaterThan(conv.count + pool.count + convT.count, 1000)
        for c in conv {
            XCTAssertEqual(SizeArithmetic.convOutput(input: c[0], kernel: c[1], stride: c[2], padTotal: 2 * c[3], dilation: c[4]), c[5], "\(c)")
        }
        for c in pool {
            XCTAssertEqual(SizeArithmetic.poolOutput(input: c[0], kernel: c[1], stride: c[2], padding: c[3], dilation: c[4], ceilMode: c[5] == 1), c[6], "\(c)")
        }
        for c in convT {
            XCTAssertEqual(SizeArithmetic.convTransposeOutput(input: c[0], kernel: c[1], stride: c[2], padding: c[3], outputPadding: c[4], dilation: c[5]), c[6], "\(c)")
        }
    }

    func testRecurrentParamsEqualTorch() throws {
        for row in try TorchvisionFixture.load().recurrent {
            let i = try XCTUnwrap(row["i"]), h = try XCTUnwrap(row["h"])
            for cell in RecurrentCell.allCases {
                XCTAssertEqual(cell.params(input: i, hidden: h), row[cell.rawValue], "\(cell) \(i) \(h)")
            }
        }
    }
}
