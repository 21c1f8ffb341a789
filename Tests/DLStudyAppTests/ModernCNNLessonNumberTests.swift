import DLContent
import DLEngine
import DLStudyApp
import Foundation
import TUIKit
import XCTest

/// Renders every page of the shipped lecture-5 lessons (prose and scene, English and Korean) and
/// checks the numbers on them against the calculator.
final class ModernCNNLessonNumberTests: XCTestCase {
    static var repoRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }
    static let lessons = ["l5-ilsvrc-alexnet", "l5-vgg-receptive-field", "l5-googlenet", "l5-resnet", "l5-densenet"]

    /// Number tokens in `text` (digits with separators and decimals, K/M suffix kept).
    static func numbers(_ text: String) -> [String] {
        var out: [String] = [], current = ""
        for ch in text + " " {
            if ch.isASCII, ch.isNumber || ((ch == "," || ch == ".") && !current.isEmpty) || ((ch == "K" || ch == "M") && !current.isEmpty) {
                current.append(ch)
            } else {
                while let last = current.last, last == "," || last == "." { current.removeLast() }
                if !current.isEmpty { out.append(current) }
                current = ""
            }
        }
        return out
    }

    /// Every number shown on a page's prose either comes from one of its placeholders (evaluated
    /// by the calculator) or is written literally in the source prose.
    func testProseNumbersComeFromTheCalculatorOrTheSource() throws {
        let library = ContentLoader.load(root: Self.repoRoot)
        for id in Self.lessons {
            let lesson = try XCTUnwrap(library.lesson(id), id)
            for (index, page) in lesson.pages.enumerated() {
                for language in [Language.en, .ko] {
                    let source = page.body.text(language)
                    var allowed = Set(Self.numbers(source.replacingOccurrences(of: #"\{\{[^}]*\}\}"#, with: " ", options: .regularExpression)))
                    let expanded = Placeholders.expand(source) { expression in
                        let value = CalcEvaluator.placeholder(expression)
                        XCTAssertNotNil(value, "\(id) page \(index + 1): {{\(expression)}} does not evaluate")
                        value.map { allowed.formUnion(Self.numbers($0)) }
                        return value
                    }
                    for n in Self.numbers(expanded) {
                        XCTAssertTrue(allowed.contains(n), "\(id) page \(index + 1) (\(language)): \(n) is neither computed nor in the source")
                    }
                    // The rendered screen carries the computed values.
                    var state = AppState(library: library, language: language, options: AppOptions(), size: Size(width: 120, height: 60))
                    _ = App.openLesson(&state, id: id, page: index, alone: true)
                    XCTAssertFalse(App.view(state).text.isEmpty)
                }
            }
        }
    }

    /// The parameter-trend page shows the calculator's totals next to the lecture's 60M / 110M / 4M.
    func testParameterTrendTotals() throws {
        let library = ContentLoader.load(root: Self.repoRoot)
        let lesson = try XCTUnwrap(library.lesson("l5-googlenet"))
        let page = try XCTUnwrap(lesson.pages.first { $0.id == "param-trend" })
        for language in [Language.en, .ko] {
            let text = Placeholders.expand(page.body.text(language), evaluate: CalcEvaluator.placeholder)
            for figure in ["60M", "110M", "4M"] { XCTAssertTrue(text.contains(figure), "\(language): \(figure)") }
            for model in ["alexnet-2012", "alexnet", "vgg19", "vgg16", "googlenet", "resnet18", "resnet50", "densenet121"] {
                let report = try XCTUnwrap(ModelCatalog.model(named: model)?.analyze())
                let short = NumberFormat.short(Double(report.totalParams))
                XCTAssertTrue(text.contains(short), "\(language): \(model) total \(short) missing")
            }
        }
    }

    /// Each lecture-5 scene's numbers are the calculator's: receptive fields and jumps of the
    /// receptive-field pages, the AlexNet walkthrough's parameters, the block diagrams' counts.
    func testSceneNumbersMatchTheCalculator() throws {
        let library = ContentLoader.load(root: Self.repoRoot)
        let context = SceneContext(language: .en, ascii: false, color: false)
        var scenes = 0
        for id in Self.lessons {
            let lesson = try XCTUnwrap(library.lesson(id))
            for page in lesson.pages {
                guard let spec = page.scene else { continue }
                let scene = try XCTUnwrap(try? SceneFactory.build(spec).get(), "\(id): \(spec.type)")
                let text = scene.plainLines(context, width: 120).joined(separator: "\n")
                scenes += 1
                switch spec.type {
                case "receptive-field":
                    let stack = try XCTUnwrap(ReceptiveFieldStackProbe.layers(spec))
                    let fp = try XCTUnwrap(Footprint.ofStack(stack))
                    if spec.params["preset"]?.string != "vgg16" {
                        XCTAssertTrue(text.contains("r\(fp.receptiveField) j\(fp.stride)"), text)
                    } else {
                        let vgg = try XCTUnwrap(CalcEvaluator.evaluate("rf layers=3/1,3/1,2/2,3/1,3/1").intValue)
                        XCTAssertTrue(text.contains("r\(vgg) j2"), text)
                    }
                case "alexnet-walkthrough":
                    let report = try XCTUnwrap(ModelCatalog.model(named: "alexnet-2012")?.analyze())
                    for name in ["conv1", "conv2", "conv3", "conv4", "conv5", "fc6", "fc7", "fc8"] {
                        let row = try XCTUnwrap(report.layer(named: name))
                        XCTAssertTrue(text.contains(NumberFormat.grouped(row.params)), "\(name)")
                    }
                    XCTAssertTrue(text.contains(NumberFormat.grouped(report.totalParams)))
                case "network-table":
                    let model = spec.params["model"]?.string ?? "alexnet"
                    let report = try XCTUnwrap(ModelCatalog.model(named: model)?.analyze())
                    XCTAssertTrue(text.contains(NumberFormat.grouped(report.totalParams)), model)
                case "block-diagram":
                    if spec.params["block"]?.string == "inception" {
                        let reduced = try XCTUnwrap(CalcEvaluator.evaluate("conv-params k=1 cin=192 cout=64 bias=0").intValue)
                            + (try XCTUnwrap(CalcEvaluator.evaluate("reduction-params cin=192 mid=96 cout=128 k=3").intValue))
                            + (try XCTUnwrap(CalcEvaluator.evaluate("reduction-params cin=192 mid=16 cout=32 k=5").intValue))
                            + (try XCTUnwrap(CalcEvaluator.evaluate("conv-params k=1 cin=192 cout=32 bias=0").intValue))
                        XCTAssertTrue(text.contains(NumberFormat.grouped(reduced)), text)
                    }
                default: break
                }
            }
        }
        XCTAssertGreaterThanOrEqual(scenes, 15)
    }
}

/// The stack a receptive-field spec starts from, as calculator windows (no padding presets only).
enum ReceptiveFieldStackProbe {
    static func layers(_ spec: SceneSpec) -> [(kernel: Int, stride: Int, dilation: Int)]? {
        switch spec.params["preset"]?.string ?? "two-3x3" {
        case "two-3x3": return [(3, 1, 1), (3, 1, 1)]
        case "three-3x3": return [(3, 1, 1), (3, 1, 1), (3, 1, 1)]
        case "one-5x5": return [(5, 1, 1)]
        case "one-7x7": return [(7, 1, 1)]
        case "vgg16": return [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 1)]
        default: return nil
        }
    }
}
