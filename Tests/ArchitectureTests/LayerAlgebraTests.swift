import XCTest
@testable import DLEngine

/// Layer rules: parameters, errors with the numbers, footprints of blocks.
final class LayerAlgebraTests: XCTestCase {
    func net(_ input: FeatureShape, _ layers: [Layer]) -> Network { Network(name: "t", input: input, layers: layers) }

    func error(_ network: Network) -> ArchitectureError? {
        do { _ = try network.analyze(); return nil } catch { return error }
    }

    func testKernelLargerThanPaddedInputNamesLayerAndNumbers() {
        let e = error(net(FeatureShape(channels: 3, height: 3, width: 3), [Layer("layer 4", .conv(ConvSpec(out: 8, kernel: 5)))]))
        XCTAssertEqual(e?.description, "layer 4 conv 5×5: input is 3×3 after padding 0, smaller than the 5×5 kernel")
    }

    func testChannelMismatchAtResidualAdd() {
        let block = Layer("block", .residual(body: [L.conv("c", 16, 3, p: 1)], shortcut: []))
        let e = error(net(FeatureShape(channels: 8, height: 8, width: 8), [block]))
        XCTAssertEqual(e?.message, "residual add: body gives 16×8×8 but shortcut gives 8×8×8")
        XCTAssertEqual(e?.indexPath, [0])
    }

    func testSpatialMismatchAtConcat() {
        let block = Layer("mix", .concat(kind: "concat", branches: [[L.conv("a", 4, 3)], []]))
        XCTAssertNotNil(error(net(FeatureShape(channels: 8, height: 8, width: 8), [block]))?.message.contains("spatial"))
    }

    func testGroupsMustDivideChannelsAndSameNeedsStrideOne() {
        XCTAssertNotNil(error(net(FeatureShape(channels: 6, height: 8, width: 8), [L.conv("g", 8, 3, groups: 4)])))
        let same = Layer("s", .conv(ConvSpec(out: 4, kernel: 3, stride: 2, padding: .same)))
        XCTAssertEqual(error(net(FeatureShape(channels: 3, height: 8, width: 8), [same]))?.message,
                       "conv 3×3/2: padding 'same' needs stride 1 (stride is 2)")
    }

    func testLinearNeedsFlatInputAndZeroSizesFail() {
        XCTAssertNotNil(error(net(FeatureShape(channels: 3, height: 2, width: 2), [L.linear("fc", 10)])))
        XCTAssertNotNil(error(net(FeatureShape(channels: 0, height: 2, width: 2), [L.flatten()])))
        XCTAssertNotNil(error(net(FeatureShape(channels: 3, height: 8, width: 8), [L.conv("c", 0, 3)])))
    }

    func testHugeNumbersReportInsteadOfTrapping() {
        let big = FeatureShape(channels: 1_000_000, height: 1_000_000, width: 1_000_000)
        XCTAssertNotNil(error(net(big, [L.conv("c", 1_000_000, 1_000)])))
        XCTAssertNotNil(error(net(big, [L.flatten(), L.linear("fc", 1_000_000)])))
    }

    func testBatchNormHasTwoParametersPerChannelAndGroupedConvDividesWeights() throws {
        let r = try net(FeatureShape(channels: 96, height: 27, width: 27), [L.bn("bn"), L.conv("c", 256, 5, p: 2, groups: 2)]).analyze()
        XCTAssertEqual(r.layers[0].params, 2 * 96)
        XCTAssertEqual(r.layers[1].weightParams, 5 * 5 * (96 / 2) * 256)
    }

    func testAlexNet2012MatchesTheNotesFormulasForConvLayers() throws {
        let r = try XCTUnwrap(ModelCatalog.model(named: "alexnet-2012")).analyze()
        // The notes' per-GPU formulas, times two GPUs.
        XCTAssertEqual(r.layer(named: "conv1")?.weightParams, 11 * 11 * 3 * 48 * 2)
        XCTAssertEqual(r.layer(named: "conv2")?.weightParams, 5 * 5 * 48 * 128 * 2)
        XCTAssertEqual(r.layer(named: "conv3")?.weightParams, 3 * 3 * 128 * 2 * 192 * 2)
        XCTAssertEqual(r.layer(named: "conv4")?.weightParams, 3 * 3 * 192 * 192 * 2)
        XCTAssertEqual(r.layer(named: "conv5")?.weightParams, 3 * 3 * 192 * 128 * 2)
        XCTAssertEqual(r.layer(named: "pool5")?.output, FeatureShape(channels: 256, height: 6, width: 6))
        XCTAssertEqual(r.layer(named: "fc6")?.weightParams, 6 * 6 * 256 * 4096)
    }

    func testBranchInsideMainPathKeepsMainFootprint() throws {
        let main = [L.conv("a", 8, 3, p: 1), L.conv("b", 8, 3, p: 1)]
        let block = Layer("res", .residual(body: main, shortcut: []))
        let withShortcut = try net(FeatureShape(channels: 8, height: 16, width: 16), [block]).analyze()
        let plain = try net(FeatureShape(channels: 8, height: 16, width: 16), main).analyze()
        XCTAssertEqual(withShortcut.layers[0].footprint, plain.layers[1].footprint)
        XCTAssertEqual(Footprint.union([Footprint(receptiveField: 5, stride: 1, padding: 2), .identity]),
                       Footprint(receptiveField: 5, stride: 1, padding: 2))
    }

    func testSideBranchDoesNotChangeMainPath() throws {
        let with = try XCTUnwrap(ModelCatalog.model(named: "googlenet", auxiliary: true)).analyze()
        let without = try XCTUnwrap(ModelCatalog.model(named: "googlenet")).analyze()
        XCTAssertEqual(with.finalFeature?.footprint, without.finalFeature?.footprint)
        XCTAssertEqual(with.output, without.output)
    }

    func testClosestModelName() {
        XCTAssertEqual(ModelCatalog.closest(to: "resnet51"), "resnet50")
        XCTAssertEqual(ModelCatalog.closest(to: "VGG-16"), "vgg16")
        XCTAssertNil(ModelCatalog.model(named: "resnet51"))
    }

    func testNumberFormats() {
        XCTAssertEqual(NumberFormat.grouped(73728), "73,728")
        XCTAssertEqual(NumberFormat.short(61_100_840), "61.1M")
        XCTAssertEqual(NumberFormat.short(35_000), "35K")
        XCTAssertEqual(NumberFormat.decimal(25.0 / 18.0, digits: 2), "1.39")
    }
}
