import DLContent
import TUIKit
import XCTest
@testable import DLStudyApp

/// Goldens with a role layer (`*.roles.txt` beside the text): the window, the padding ring, the output
/// cursor and the highlighted cell — what a stepper teaches — are asserted, not only the digits.
final class RoleGoldenTests: XCTestCase {
    /// The scene of the first page of `lesson` with a scene of `type`, after `keys`, drawn alone.
    func sceneFrame(_ lesson: String, _ type: String, keys: [Key], width: Int = 80, height: Int = 14) throws -> Frame {
        let library = ContentLoader.load(root: ConvolutionSceneSupport.repositoryRoot)
        let page = try XCTUnwrap(library.lesson(lesson)?.pages.first { $0.scene?.type == type })
        var scene = try SceneFactory.build(try XCTUnwrap(page.scene)).get()
        for key in keys { _ = scene.handle(key) }
        var frame = Frame(size: Size(width: width, height: height))
        LessonView.drawScene(scene, into: &frame, area: frame.bounds, context: SceneContext(language: .en, ascii: false, color: true))
        return frame
    }

    func testConvStepperWindowOverThePaddingRing() throws {
        // l4-stride-padding: 3×3 input, padding 1, 2×2 kernel, bias 1; first window covers the padding corner.
        ScreenAssert.assertWithRoles(try sceneFrame("l4-stride-padding", "conv-stepper", keys: []), matches: "roles-conv-stepper-padding")
    }

    func testConvStepperOutputCursor() throws {
        ScreenAssert.assertWithRoles(try sceneFrame("l4-stride-padding", "conv-stepper", keys: [.tab, .down, .right]), matches: "roles-conv-stepper-cursor")
    }

    func testPoolStepperWindowAndWinner() throws {
        ScreenAssert.assertWithRoles(try sceneFrame("l4-pooling", "pool-stepper", keys: [.char(" ")]), matches: "roles-pool-stepper")
    }

    func testChannelsStepper() throws {
        ScreenAssert.assertWithRoles(try sceneFrame("l4-channels", "conv-channels", keys: [.char(" ")]), matches: "roles-conv-channels")
    }

    func testOneByOneStepper() throws {
        ScreenAssert.assertWithRoles(try sceneFrame("l4-one-by-one", "conv-1x1", keys: [.char(" ")]), matches: "roles-conv-1x1")
    }

    func testReceptiveFieldRegion() throws {
        ScreenAssert.assertWithRoles(try sceneFrame("l5-vgg-receptive-field", "receptive-field", keys: [.up], width: 100, height: 24),
                                     matches: "roles-receptive-field")
    }
}
