import Foundation
import XCTest
@testable import DLContent

/// The notes' figures (Lessons/notes-figures.yaml): each computed value against an independent
/// reference, the verdict rule, and the quotes against the notes themselves.
final class NotesFiguresTests: XCTestCase {
    static let shipped = ContentLoader.load(root: Fixtures.repository)

    /// Each figure's exact value, derived by hand from the architectures (2012 AlexNet: 96, 256,
    /// 384, 384, 256 filters, two GPUs so conv2/4/5 see half the channels) or taken from torchvision
    /// (Tests/Fixtures/models/torchvision_models.json) — never from the calculator.
    static func references(_ torch: TorchNumbers) -> [String: Double] {
        [
            "conv-example-params": 3 * 3 * 128 * 64,
            "conv-example-output-width": (40 + 2 * 1 - 3) / 1 + 1,
            "alexnet-conv1": 11 * 11 * 3 * 96,
            "alexnet-conv2": 5 * 5 * 48 * 256,
            "alexnet-conv3": 3 * 3 * 256 * 384,
            "alexnet-conv4": 3 * 3 * 192 * 384,
            "alexnet-conv5": 3 * 3 * 192 * 256,
            "alexnet-fc6": 6 * 6 * 256 * 4096,
            "alexnet-fc7": 4096 * 4096,
            "alexnet-fc8": 4096 * 1000,
            "vgg-3x3-vs-5x5": 25.0 / 18.0,
            "vgg-two-3x3-rf": 1 + 2 + 2,
            // Weights above plus one bias per filter or output: 96 + 256 + 384 + 384 + 256 + 4096 + 4096 + 1000.
            "alexnet-total": 34_848 + 307_200 + 884_736 + 663_552 + 442_368 + 37_748_736 + 16_777_216 + 4_096_000
                + 96 + 256 + 384 + 384 + 256 + 4096 + 4096 + 1000,
            "alexnet-depth": 5 + 3,
            "vgg19-total": Double(torch.totals["vgg19"] ?? -1),
            "vgg19-depth": 16 + 3,
            "googlenet-total": Double(torch.totals["googlenet"] ?? -1),
            "googlenet-depth": 3 + 2 * 9 + 1,
            // torchvision VGG-16's classifier.0 is that dense layer, with 4096 biases.
            "fcn-same-params": Double((torch.module_params["vgg16"]?["classifier.0"] ?? -1) - 4096),
            "densenet-channel-growth": 64 + 6 * 32,
            "yolo-output": 7 * 7 * (2 * 5 + 20),
        ]
    }

    func testTheShippedFiguresLoadWithoutProblems() {
        let figures = Self.shipped.notesFigures
        XCTAssertEqual(figures.file, "Lessons/notes-figures.yaml")
        XCTAssertEqual(figures.all.count, 21)
        XCTAssertEqual(Set(figures.all.map(\.id)).count, figures.all.count)
        XCTAssertEqual(Self.shipped.diagnostics.filter { $0.file.hasSuffix(NotesFigures.fileName) }, [])
    }

    func testEveryFigureComputesItsIndependentReference() throws {
        let references = Self.references(try TorchNumbers.load())
        XCTAssertEqual(Set(references.keys), Set(Self.shipped.notesFigures.all.map(\.id)), "every figure needs a reference here")
        for figure in Self.shipped.notesFigures.all {
            let reference = try XCTUnwrap(references[figure.id], figure.id)
            XCTAssertEqual(try figure.computed(), reference, accuracy: 1e-12 * max(1, reference), figure.id)
        }
    }

    func testExplanationsRenderEveryPlaceholder() {
        for figure in Self.shipped.notesFigures.all {
            for language in Language.allCases {
                let text = figure.explanationText(language)
                XCTAssertFalse(text.contains("{{") || text.contains("⟨"), "\(figure.id) \(language): \(text)")
            }
        }
        let fc6 = Self.shipped.notesFigures.figure("alexnet-fc6")
        XCTAssertEqual(fc6?.explanationText(.en),
                       "After the third max pooling (pool5) the map is 6×6, not 13×13: FC6 has 6·6·256·4096 = 37,748,736 weights (+4,096 biases), not 177M. 13×13 is the size before that pooling.")
    }

    /// Korean in 해요체 (no 합니다체 ending left) with the glossary's terms (no calque, no capitalised
    /// English term inside a sentence); the quotes keep the notes' own wording.
    func testKoreanExplanationsAreHaeyocheAndFollowTheGlossary() throws {
        let text = try String(contentsOfFile: Fixtures.repository + "/Lessons/glossary.yaml", encoding: .utf8)
        let (glossary, problems) = Glossary.parse(text, file: "Lessons/glossary.yaml")
        XCTAssertEqual(problems, [])
        for figure in Self.shipped.notesFigures.all {
            let ko = figure.explanation.ko
            XCTAssertFalse(ko.contains("니다"), "\(figure.id): \(ko)")
            XCTAssertTrue(ko.hasSuffix("요.") || ko.hasSuffix("요)."), "\(figure.id) ends in 해요체: \(ko)")
            XCTAssertEqual(GlossaryCheck.replacedWords(inKorean: ko, glossary: glossary), [], figure.id)
        }
    }

    /// The verdict rule on hand-made cases: one unit of the last written place decides.
    func testTheVerdictRule() {
        let units: [(String, Double)] = [
            ("35000", 1000), ("16000000", 1_000_000), ("60000000", 10_000_000), ("73728", 1), ("1.5", 0.1),
            ("1.50", 0.01), ("8", 1), ("1_470", 10), ("1.5e6", 100_000), ("40", 10),
        ]
        for (written, unit) in units {
            XCTAssertEqual(NotesFigureVerdict.unit(ofWritten: written), unit, accuracy: unit * 1e-12, written)
        }
        let cases: [(Double, String, Double, NotesFigure.Verdict)] = [
            (73_728, "73728", 73_728, .exact),
            (35_000, "35000", 34_848, .rounded),      // "~ 35k": rounded up
            (884_000, "884000", 884_736, .rounded),   // "~ 884k": cut, still within one thousand
            (16_000_000, "16000000", 16_777_216, .rounded),
            (1.4, "1.4", 25.0 / 18.0, .rounded),
            (1.5, "1.5", 25.0 / 18.0, .differs),      // 0.11 off, more than one tenth
            (177_000_000, "177000000", 37_748_736, .differs),
            (110_000_000, "110000000", 143_667_240, .differs),
            (4_000_000, "4000000", 6_624_904, .differs),
            (36_000, "36000", 34_848, .differs),      // 1,152 off: more than one thousand
        ]
        for (stated, written, computed, verdict) in cases {
            XCTAssertEqual(NotesFigureVerdict.expected(stated: stated, written: written, computed: computed), verdict, "\(written) vs \(computed)")
        }
    }

    /// Every quote is verbatim from the notes (the seed notes are not shipped, so this runs where
    /// they are: `DLSTUDY_SEED_NOTES=DIR`, or the project's /work/shared/seed).
    func testEveryQuoteIsVerbatimFromTheNotes() throws {
        let dir = ProcessInfo.processInfo.environment["DLSTUDY_SEED_NOTES"] ?? "/work/shared/seed"
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        let notes = files.sorted().compactMap { FileManager.default.contents(atPath: (dir as NSString).appendingPathComponent($0)) }
            .compactMap { String(data: $0, encoding: .utf8) }.joined(separator: "\n")
        try XCTSkipIf(notes.isEmpty, "the seed notes are not at \(dir)")
        for figure in Self.shipped.notesFigures.all {
            XCTAssertTrue(notes.contains(figure.quote), "\(figure.id): '\(figure.quote)' is not in the notes")
        }
    }
}
