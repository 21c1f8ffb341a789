import DLContent
import DLEngine
import DLStudyApp
import Foundation

extension GlobalOptions {
    /// `--lang`, else the language the environment asks for.
    var language: Language {
        lang.flatMap(Language.init(rawValue:)) ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}

/// The output paths shared by the scene commands (`conv`, `pool`, `roi`, `lstm`, `gru`, `rnn`):
/// plain text on stdout, or the scene opened on the terminal.
enum SceneCommandOutput {
    /// A colourless scene context for `--plain` text in `language`.
    static func plainContext(_ global: GlobalOptions, language: Language) -> SceneContext {
        SceneContext(language: language, ascii: global.ascii, color: false)
    }

    /// Prints one line each.
    static func print(_ lines: some Sequence<String>) {
        for line in lines { Output.text(line) }
    }

    /// `--plain`: the scene's lines after its title, in English; `--json`: what `json` makes; else the
    /// scene opened alone under `command`'s name.
    static func show(_ scene: any LessonScene, _ output: TraceOutputOptions, command: String, note: LocalizedText,
                     global: GlobalOptions, json: () throws -> JSONValue) throws {
        if output.plain {
            print(scene.plainLines(plainContext(global, language: .en), width: 78).dropFirst())
        } else if output.json {
            try GridArguments.printJSON(try json())
        } else {
            try openStandalone(scene, command: command + " ...", title: command, note: note, global: global)
        }
    }

    /// Opens `scene` alone under `title` (refusing without a terminal, pointing at `command`'s
    /// `--plain` and `--json`).
    static func openStandalone(_ scene: any LessonScene, command: String, title: String, note: LocalizedText, global: GlobalOptions) throws {
        try requireTerminal(alternative: alternative(command))
        let context = try Context.load(global)
        try AppRunner.run(context: context, options: global) { state in
            StandaloneScene.open(&state, scene: scene, title: title, note: note)
            return []
        }
    }

    /// Opens the page `viewer` makes in the lesson viewer (refusing without a terminal, pointing at
    /// `command`'s `--plain` and `--json`).
    static func openLesson(command: String, global: GlobalOptions, viewer: () throws -> LessonViewerState) throws {
        try requireTerminal(alternative: alternative(command))
        let page = try viewer()
        let context = try Context.load(global)
        try AppRunner.run(context: context, options: global) { state in
            state.stack = [.lesson(page)]
            return []
        }
    }

    /// The text-only alternatives named when there is no terminal.
    static func alternative(_ command: String) -> String {
        "`\(command) --plain` or `--json`"
    }
}
