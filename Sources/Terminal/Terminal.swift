import CNcursesw
/// Placeholder.
public enum TerminalProbe { public static func lines() -> Int32 { dl_lines() } }
