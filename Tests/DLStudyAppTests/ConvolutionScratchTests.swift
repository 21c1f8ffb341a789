import DLStudyApp
import TUIKit
import XCTest

final class ConvolutionScratchTests: XCTestCase {
    func testShow() {
        var s = ConvolutionSceneSupport.state(lesson: "l4-channels", page: "filters-channels")
        TestApp.press([.char(" "), .char(" ")], &s)
        ConvolutionSceneSupport.show(s)
        s = ConvolutionSceneSupport.state(lesson: "l4-channels", page: "filters-channels", width: 120, height: 40)
        TestApp.press([.char(" ")], &s)
        ConvolutionSceneSupport.show(s)
        s = ConvolutionSceneSupport.state(lesson: "l4-one-by-one", page: "one-by-one-conv")
        TestApp.press([.char(" "), .char(" ")], &s)
        ConvolutionSceneSupport.show(s)
        s = ConvolutionSceneSupport.state(lesson: "l4-one-by-one", page: "one-by-one-bottleneck", language: .ko)
        ConvolutionSceneSupport.show(s)
        s = ConvolutionSceneSupport.state(lesson: "l4-convolution", page: "conv-activation-stack")
        ConvolutionSceneSupport.show(s)
        s = ConvolutionSceneSupport.state(lesson: "l4-convolution", page: "conv-activation-stack", width: 120, height: 40, ascii: true)
        ConvolutionSceneSupport.show(s)
    }
}
