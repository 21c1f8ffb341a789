import XCTest
@testable import DLEngine

/// The notes' figures table: values computed, verdicts consistent with the stated numbers.
final class NotesFiguresTests: XCTestCase {
    func testEveryFigureHasAComputedValueAndConsistentVerdict() {
        XCTAssertGreaterThanOrEqual(NotesFigures.all.count, 15)
        XCTAssertEqual(Set(NotesFigures.all.map(\.id)).count, NotesFigures.all.count)
        for f in NotesFigures.all {
            let v = f.value
            XCTAssertFalse(f.explanationEnglish.isEmpty || f.explanationKorean.isEmpty, f.id)
            XCTAssertTrue(v.isFinite && v > 0, f.id)
            guard let stated = f.stated else { continue }
            let relative = abs(stated - v) / v
            switch f.verdict {
            case .exact: XCTAssertEqual(stated, v, f.id)
            case .rounded: XCTAssertTrue(relative > 0 && relative < 0.05, "\(f.id) \(relative)")
            case .differs: XCTAssertGreaterThan(relative, 0.05, f.id)
            }
        }
    }

    func testKnownCorrections() throws {
        let fc6 = try XCTUnwrap(NotesFigures.figure("alexnet-fc6"))
        let r = try XCTUnwrap(ModelCatalog.model(named: "alexnet-2012")).analyze()
        XCTAssertEqual(fc6.value, Double(try XCTUnwrap(r.layer(named: "fc6")).weightParams))
        XCTAssertEqual(try XCTUnwrap(NotesFigures.figure("vgg-3x3-vs-5x5")).value, 25.0 / 18.0, accuracy: 1e-12)
    }

    func testConvolutionalisationKeepsTheParameterCount() throws {
        let dense = Network(name: "dense", input: FeatureShape(channels: 512, height: 7, width: 7),
                            layers: [Layer("flatten", .flatten), Layer("fc6", .linear(out: 4096, bias: false))])
        XCTAssertEqual(try XCTUnwrap(NotesFigures.figure("fcn-same-params")).value, Double(try dense.analyze().totalParams))
    }
}
