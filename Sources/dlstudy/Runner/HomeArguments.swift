import ArgumentParser

/// The start without a subcommand, read without ArgumentParser: `dlstudy` alone or with global
/// options only is the home screen, and building the parser for every subcommand (with its
/// completion-script check) cost a fifth of the first frame. Anything else — a subcommand,
/// `--help`, `--version`, an unknown or repeated flag, an option without its value or with one
/// starting with `-`, a value `GlobalOptions.validate()` rejects — goes to ArgumentParser, so
/// help, errors and exit codes are exactly its own.
enum HomeArguments {
    /// The global options when `arguments` (without the program name) are global options only.
    static func parse(_ arguments: [String]) -> GlobalOptions? {
        var values: [String: String] = [:]
        var flags: Set<String> = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            switch argument {
            case "--lang", "--content", "--data":
                // A value that looks like an option (`--content --help`) is left to ArgumentParser.
                guard values[argument] == nil, index + 1 < arguments.endIndex,
                      !arguments[index + 1].hasPrefix("-") else { return nil }
                values[argument] = arguments[index + 1]
                index += 2
            case "--ascii", "--no-color", "--exit-after-first-frame":
                guard flags.insert(argument).inserted else { return nil }
                index += 1
            default:
                return nil
            }
        }
        var options = GlobalOptions()
        options.lang = values["--lang"]
        options.content = values["--content"]
        options.data = values["--data"]
        options.ascii = flags.contains("--ascii")
        options.noColor = flags.contains("--no-color")
        options.exitAfterFirstFrame = flags.contains("--exit-after-first-frame")
        do { try options.validate() } catch { return nil }
        return options
    }
}
