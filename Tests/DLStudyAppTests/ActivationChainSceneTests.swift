import DLContent
import DLStudyApp
import Foundation
import XCTest

/// The `activation-chain` scene on the ReLU page: its gradients are the products of the slopes
/// σ′ = σ(1 − σ) of a sigmoid stack (derived here by hand with exp) against 1 for active ReLUs.
final class ActivationChainSceneTests: XCTestCase {
    /// The repository's own lessons (not the test fixtures).
    static var repository: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    func sci(_ x: Double) -> String {
        let e = Int(floor(log10(x)))
        return String(format: "%.2fe%@%d", x / pow(10, Double(e)), e >= 0 ? "+" : "", e)
    }

    func testThePageShowsTheSigmoidProductAgainstOneForReLU() throws {
        let library = ContentLoader.load(root: Self.repository)
        let page = try XCTUnwrap(library.lesson("l5-ilsvrc-alexnet")?.pages.first { $0.id == "relu-vanishing" })
        let spec = try XCTUnwrap(page.scene)
        XCTAssertEqual(spec.type, "activation-chain")
        let scene = try SceneFactory.build(spec).get()
        let text = scene.plainLines(SceneContext(language: .en, ascii: false, color: false), width: 100).joined(separator: "\n")
        // Hand derivation: x₀ = 0.5, each layer x ← σ(x); the gradient reaching layer 1 is Π σ′(xᵢ).
        var x = 0.5, product = 1.0
        for _ in 0..<10 {
            let s = 1 / (1 + exp(-x))
            product *= s * (1 - s)
            x = s
        }
        XCTAssertTrue(text.contains("layer 1 gets \(sci(product)) through sigmoids, 1.00e+0 through ReLUs"), text)
        XCTAssertLessThan(product, pow(0.25, 10) * 1.0001, "every σ′ is at most 1/4")
        XCTAssertTrue(text.contains("at most 0.250 (layer 1: 0.235)"), text)
    }

    func testKoreanSceneTextIsKorean() throws {
        let library = ContentLoader.load(root: Self.repository)
        let page = try XCTUnwrap(library.lesson("l5-ilsvrc-alexnet")?.pages.first { $0.id == "relu-vanishing" })
        let scene = try SceneFactory.build(try XCTUnwrap(page.scene)).get()
        let ko = scene.plainLines(SceneContext(language: .ko, ascii: false, color: false), width: 100)
        XCTAssertTrue(ko.contains { $0.contains("layer 1에 도착하는 gradient") }, ko.joined(separator: "\n"))
        XCTAssertFalse(ko.contains { $0.contains("through sigmoids") })
    }
}
