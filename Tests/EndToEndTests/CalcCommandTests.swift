import XCTest

/// `dlstudy calc …` outputs compared as whole text.
final class CalcCommandTests: XCTestCase {
    func check(_ args: [String], _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let r = Run.dlstudy(args)
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        XCTAssertEqual(r.stdout, expected, file: file, line: line)
    }

    func testConvLectureExample() {
        check(["calc", "conv", "--input", "40x50x128", "--kernel", "3", "--out", "64", "--stride", "1", "--padding", "1"], """
        conv 3×3, stride 1, padding 1 on 40×50×128 (W×H×C) → 40×50×64
        Width:      ⌊(40 + 2·1 − 1·(3−1) − 1)/1⌋ + 1 = 40
        Height:     ⌊(50 + 2·1 − 1·(3−1) − 1)/1⌋ + 1 = 50
        Parameters: 3·3·128·64 = 73,728 (+64 bias = 73,792)
        Mult-adds:  3·3·128·64·50·40 = 147,456,000

        """)
    }

    func testConvGroupedDilatedWithoutBias() {
        check(["calc", "conv", "--input", "27x27x96", "--kernel", "5", "--out", "256", "--padding", "same", "--groups", "2", "--no-bias"], """
        conv 5×5, stride 1, padding 2, groups 2 on 27×27×96 (W×H×C) → 27×27×256
        Width:      ⌊(27 + 2·2 − 1·(5−1) − 1)/1⌋ + 1 = 27
        Height:     ⌊(27 + 2·2 − 1·(5−1) − 1)/1⌋ + 1 = 27
        Parameters: 5·5·(96/2)·256 = 307,200 (no bias)
        Mult-adds:  5·5·(96/2)·256·27·27 = 223,948,800

        """)
    }

    func testPoolCeilMode() {
        check(["calc", "pool", "--input", "112x112x64", "--kernel", "3", "--stride", "2", "--ceil"], """
        maxpool 3×3, stride 2, padding 0, ceil mode on 112×112×64 (W×H×C) → 56×56×64
        Width:      ⌈(112 + 2·0 − 1·(3−1) − 1)/2⌉ + 1 = 56
        Height:     ⌈(112 + 2·0 − 1·(3−1) − 1)/2⌉ + 1 = 56
                    (ceil mode rounds up, but a window may not start in the right padding)
        Parameters: 0 (pooling has no weights; the 64 channels pass through)

        """)
    }

    func testConvTranspose() {
        check(["calc", "convT", "--input", "16x16x64", "--kernel", "4", "--out", "32", "--stride", "2", "--padding", "1"], """
        convT 4×4, stride 2, padding 1 on 16×16×64 (W×H×C) → 32×32×32
        Width:      (16−1)·2 − 2·1 + 1·(4−1) + 0 + 1 = 32
        Height:     (16−1)·2 − 2·1 + 1·(4−1) + 0 + 1 = 32
        Parameters: 4·4·64·32 = 32,768 (+32 bias = 32,800)
        It restores a size, not the values: a transposed conv is not the inverse of a conv.

        """)
    }

    func testReceptiveField() {
        check(["calc", "rf", "3/1", "3/1,2/2"], """
        Layer  Kernel  Stride  Dilation  RF  Jump
            1       3       1         1   3     1
            2       3       1         1   5     1
            3       2       2         1   6     2
        Receptive field:  1 + (3−1)·1 + (3−1)·1 + (2−1)·1 = 6
        Effective stride: 1·1·2 = 2

        """)
    }

    func testLSTMAndGRU() {
        check(["calc", "lstm", "--input", "10", "--hidden", "20"], """
        LSTM, input 10, hidden 20 (PyTorch nn.LSTM, one layer; gates i, f, g, o)
        weight_ih  4·20·10 = 800
        weight_hh  4·20·20 = 1,600
        bias_ih    4·20 = 80
        bias_hh    4·20 = 80
        Total      4·20·(10 + 20) + 8·20 = 2,560
        PyTorch keeps two bias vectors (bias_ih and bias_hh) although only their sum matters;
        with one bias per gate the count would be 2,480.

        """)
        check(["calc", "gru", "--input", "10", "--hidden", "20"], """
        GRU, input 10, hidden 20 (PyTorch nn.GRU, one layer; gates r, z, n)
        weight_ih  3·20·10 = 600
        weight_hh  3·20·20 = 1,200
        bias_ih    3·20 = 60
        bias_hh    3·20 = 60
        Total      3·20·(10 + 20) + 6·20 = 1,920
        PyTorch keeps two bias vectors (bias_ih and bias_hh) although only their sum matters;
        with one bias per gate the count would be 1,860.

        """)
    }

    func testUsageErrorsExitTwo() {
        let cases: [([String], String)] = [
            (["calc", "conv", "--input", "40x50", "--kernel", "3", "--out", "64"], "error: --input 40x50: expected W×H×C, e.g. 40x50x128\n"),
            (["calc", "conv", "--input", "3x3x8", "--kernel", "5", "--out", "4"], "error: conv-out: input 3 + 2·0 padding is smaller than the kernel's reach 5\n"),
            (["calc", "conv", "--input", "8x8x0", "--kernel", "3", "--out", "4"], "error: --input must be W×H×C of whole numbers from 1 to 1000000, got 8x8x0\n"),
            (["calc", "pool", "--input", "13x13x256", "--kernel", "3", "--padding", "5"], "error: pool-out: padding 5 is more than half the window 3\n"),
            (["calc", "rf"], "error: give at least one layer, e.g. 3/1\n"),
            (["calc", "rf", "3/0"], "error: rf: layer '3/0' is not K/S or K/S/D with positive integers\n"),
            (["calc", "lstm", "--input", "0", "--hidden", "3"], "error: --input must be a whole number from 1 to 1000000, got 0\n"),
        ]
        for (args, message) in cases {
            let r = Run.dlstudy(args)
            XCTAssertEqual(r.status, 2, args.joined(separator: " "))
            XCTAssertEqual(r.stderr, message)
            XCTAssertEqual(r.stdout, "")
        }
    }
}
