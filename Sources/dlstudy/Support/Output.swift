import DLEngine
import Foundation
import TUIKit

/// The one way the command line prints: text (titles, ids, messages quoting files, arguments or
/// JSON) goes through the `Sanitizer`, so no control byte from a file or argument reaches the
/// terminal; JSON goes out with C1 controls and bidi overrides escaped as well.
enum Output {
    /// Prints text on standard output.
    static func text(_ text: String, terminator: String = "\n") {
        Swift.print(Sanitizer.printable(text), terminator: terminator)
    }

    /// Prints a JSON document on standard output.
    static func json(_ json: String, terminator: String = "\n") {
        Output.text(JSONValue.escapingInvisibles(json), terminator: terminator)
    }

    /// Writes a line on standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((Sanitizer.printable(message) + "\n").utf8))
    }
}
