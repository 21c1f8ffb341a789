import XCTest
@testable import DLContent

final class EnvironmentTests: XCTestCase {
    func testLanguageFromEnvironment() {
        XCTAssertEqual(Language.fromEnvironment([:]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "ko_KR.UTF-8"]), .ko)
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "C.UTF-8", "LANG": "ko_KR.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["DLSTUDY_LANG": "ko", "LANG": "en_US.UTF-8"]), .ko)
        XCTAssertEqual(Language.fromEnvironment(["DLSTUDY_LANG": "xx", "LANG": "ko"]), .ko)
    }

    func testContentLocatorSearchOrder() throws {
        let tmp = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        let installed = tmp + "/prefix"
        try FileManager.default.createDirectory(atPath: installed + "/share/dlstudy/Lessons", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: installed + "/bin", withIntermediateDirectories: true)
        let exe = installed + "/bin/dlstudy"

        let flag = ContentLocator.locate(flag: Fixtures.content, environment: ["DLSTUDY_CONTENT": "/nowhere"],
                                         executablePath: exe, currentDirectory: "/")
        XCTAssertEqual(flag.root, Fixtures.content)

        let env = ContentLocator.locate(flag: nil, environment: ["DLSTUDY_CONTENT": Fixtures.content],
                                        executablePath: exe, currentDirectory: "/")
        XCTAssertEqual(env.root, Fixtures.content)

        let share = ContentLocator.locate(flag: nil, environment: [:], executablePath: exe, currentDirectory: "/")
        XCTAssertEqual(share.root, installed + "/share/dlstudy")

        let repo = ContentLocator.locate(flag: nil, environment: [:], executablePath: "/usr/bin/none",
                                         currentDirectory: Fixtures.repository + "/Sources/DLContent")
        XCTAssertEqual(repo.root, Fixtures.repository)

        let missing = ContentLocator.locate(flag: tmp + "/none", environment: [:], executablePath: exe, currentDirectory: "/")
        XCTAssertNil(missing.root)
        XCTAssertEqual(missing.searched, [tmp + "/none"])
    }

    func testPlaceholdersExpand() {
        let text = "a {{conv-out i=7 k=3}} b {{bad}} c {{unclosed"
        let out = Placeholders.expand(text) { $0 == "conv-out i=7 k=3" ? "5" : nil }
        XCTAssertEqual(out, "a 5 b ⟨bad?⟩ c {{unclosed")
        XCTAssertEqual(Placeholders.expressions(in: text), ["conv-out i=7 k=3", "bad"])
    }

    func testLessonProgressAndDataDirectory() {
        var progress = LessonProgress()
        progress.visit(lesson: "l4-convolution", page: 1, pageCount: 2)
        XCTAssertTrue(progress.lessons["l4-convolution"]?.isComplete ?? false)
        XCTAssertEqual(DataDirectory.path(flag: nil, environment: ["XDG_DATA_HOME": "/x"]), "/x/dlstudy")
        XCTAssertEqual(DataDirectory.path(flag: nil, environment: ["HOME": "/h"]), "/h/.local/share/dlstudy")
    }
}

final class StudyStatsDayTests: XCTestCase {
    func testDaysBeginAtLocalMidnight() {
        // 2026-11-29 23:30 UTC is already 2026-11-30 08:30 in Seoul (UTC+9).
        let now = 1_795_995_000.0 + 86_400
        let lateEvening = 1_795_995_000.0
        var history = StudyHistory()
        history.record(AnswerRecord(itemID: "x", answeredAt: lateEvening, given: "a", correct: true, seconds: 1), schedule: false)
        let utc = StudyStats(history: history, items: [], now: now, days: 7, utcOffset: 0)
        let seoul = StudyStats(history: history, items: [], now: now, days: 7, utcOffset: 9 * 3600)
        XCTAssertEqual(utc.perDay, [0, 0, 0, 0, 0, 1, 0], "yesterday in UTC")
        XCTAssertEqual(seoul.perDay, [0, 0, 0, 0, 0, 1, 0], "a day before now in Seoul too")
        let sameEveningSeoul = StudyStats(history: history, items: [], now: lateEvening + 3600, days: 7, utcOffset: 9 * 3600)
        let sameEveningUTC = StudyStats(history: history, items: [], now: lateEvening + 3600, days: 7, utcOffset: 0)
        XCTAssertEqual(sameEveningSeoul.perDay.last, 1, "09:30 next morning in Seoul: the answer was today")
        XCTAssertEqual(sameEveningUTC.perDay[5], 1, "00:30 UTC: the answer was yesterday")
    }
}
