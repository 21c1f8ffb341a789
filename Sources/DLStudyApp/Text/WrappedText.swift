import DLContent
import TUIKit

/// `Wrap.lines` for the texts scenes wrap on every draw (captions, notes, legends): each distinct
/// text and width wrapped once per process, as wrapping is a pure function of the two.
enum WrappedText {
    static func lines(_ text: String, width: Int) -> [String] {
        wrapped.value("\(width) \(text)") { Wrap.lines(text, width: width) }
    }

    private static let wrapped = TextKeyedMemo<[String]>(limit: 2_048)
}
