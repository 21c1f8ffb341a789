import DLStudyApp
import TUIKit
import XCTest

final class ConvolutionScratchTests: XCTestCase {
    func testShow() {
        var s = ConvolutionSceneSupport.state(lesson: "l4-convolution", page: "conv-elementwise")
        ConvolutionSceneSupport.show(s)
        TestApp.press([.char(" "), .char(" ")], &s)
        ConvolutionSceneSupport.show(s)
        TestApp.press([.tab, .left], &s)
        ConvolutionSceneSupport.show(s)
        var t = ConvolutionSceneSupport.state(lesson: "l4-convolution", page: "conv-elementwise", width: 120, height: 40, language: .ko)
        TestApp.press([.char(" ")], &t)
        ConvolutionSceneSupport.show(t)
    }
}
