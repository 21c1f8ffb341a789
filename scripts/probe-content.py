#!/usr/bin/env python3
"""Reliability probe of the dlstudy binary on mutated lesson files (issue 18).

For N seeded mutations of the shipped Lessons/*.yaml (truncation, byte flips, deleted lines,
duplicate keys, extreme numbers anywhere and in scene parameters, 1 MB strings, invalid UTF-8,
alias bombs) it runs `check`, `list` (load) and `lesson ID --plain` with a timeout, and for a sample
opens the lesson in tmux, presses keys and quits. Prints tried / traps / hangs per step.

usage: scripts/probe-content.py BINARY [N] [TUI_SAMPLE] [SEED]
"""
import os, random, re, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.abspath(sys.argv[1])
N = int(sys.argv[2]) if len(sys.argv) > 2 else 300
TUI = int(sys.argv[3]) if len(sys.argv) > 3 else 50
SEED = int(sys.argv[4]) if len(sys.argv) > 4 else 18
EXTREMES = ["4294967297", "2147483648", "-3", "-1", "0", "1000000", "1e308", "99999999999999999999", "-2147483649", "0.5", "nan"]

def mutate(data, kind, rnd):
    b = bytearray(data)
    lines = data.decode("utf-8", "replace").split("\n")
    if kind == "truncate":
        return bytes(b[: rnd.randrange(len(b))])
    if kind == "flip":
        for _ in range(rnd.randint(1, 8)):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
        return bytes(b)
    if kind == "invalid-utf8":
        for _ in range(rnd.randint(1, 3)):
            b.insert(rnd.randrange(len(b) + 1), rnd.choice([0xFF, 0xC0, 0xED, 0xF8, 0x80]))
        return bytes(b)
    if kind == "delete-lines":
        for _ in range(rnd.randint(1, 4)):
            if len(lines) > 1:
                del lines[rnd.randrange(len(lines))]
    elif kind == "duplicate-key":
        keyed = [i for i, l in enumerate(lines) if ":" in l]
        if keyed:
            i = rnd.choice(keyed); lines.insert(i + 1, lines[i])
    elif kind in ("number", "scene-number"):
        if kind == "number":
            cand = [i for i, l in enumerate(lines) if re.search(r"[0-9]", l)]
        else:
            cand, inside, indent = [], False, 0
            for i, l in enumerate(lines):
                if re.match(r"\s*scene:\s*$", l):
                    inside, indent = True, len(l) - len(l.lstrip()); continue
                if inside and l.strip() and len(l) - len(l.lstrip()) <= indent:
                    inside = False
                if inside and re.search(r"[0-9]", l):
                    cand.append(i)
        for _ in range(rnd.randint(1, 3)):
            if cand:
                i = rnd.choice(cand)
                lines[i] = re.sub(r"-?[0-9]+(\.[0-9]+)?", lambda m: rnd.choice(EXTREMES), lines[i])
    elif kind == "megabyte":
        texts = [i for i, l in enumerate(lines) if "en: " in l or "ko: " in l]
        if texts:
            i = rnd.choice(texts)
            indent = re.match(r"[ -]*", lines[i]).group(0)
            lines[i] = indent + "en: \"" + ("합성곱 {{conv-out i=5 k=3}} x" * 36000) + "\""
    elif kind == "alias-bomb":
        bomb = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        for n in range(1, 9):
            p, t = chr(97 + n - 1), chr(97 + n)
            bomb.append("x-%s: &%s [%s]" % (t, t, ", ".join(["*" + p] * 9)))
        lines[rnd.randrange(len(lines) + 1):0] = bomb
    return "\n".join(lines).encode()

KINDS = ["truncate", "flip", "delete-lines", "duplicate-key", "number", "scene-number", "megabyte", "invalid-utf8", "alias-bomb"]

def run(args, timeout=15):
    t = time.time()
    try:
        p = subprocess.run([BIN] + args, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang", time.time() - t
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode < 0 or p.returncode >= 128 or "Fatal error" in err or "crashed" in err:
        return "trap:%s:%s" % (p.returncode, err.strip().splitlines()[-1][:200] if err.strip() else ""), time.time() - t
    return "ok", time.time() - t

def tmux_session(content, data, lesson, rnd):
    sock = tempfile.mktemp(prefix="probe-tmux-")
    marker = data + ".exit-status"
    cmd = "%s --content %s --data %s lesson %s; echo $? > %s" % (BIN, content, data, lesson, marker)
    subprocess.run(["tmux", "-S", sock, "-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", "sh", "-c", cmd])
    keys = ["n", "Enter", "Space", "a", "+", "Right", "j", "Home", "End", "p", "n", "n", "?", "?", "L", "r"]
    for k in rnd.sample(keys, 10):
        subprocess.run(["tmux", "-S", sock, "send-keys", "-t", "0", k])
    subprocess.run(["tmux", "-S", sock, "resize-window", "-t", "0", "-x", "20", "-y", "5"])
    subprocess.run(["tmux", "-S", sock, "resize-window", "-t", "0", "-x", "80", "-y", "24"])
    for _ in range(3):
        subprocess.run(["tmux", "-S", sock, "send-keys", "-t", "0", "q"])
    deadline = time.time() + 15
    status = None
    while time.time() < deadline:
        if os.path.exists(marker):
            with open(marker) as f:
                status = f.read().strip()
            if status: break
        time.sleep(0.05)
    subprocess.run(["tmux", "-S", sock, "kill-server"], capture_output=True)
    if status is None: return "hang"
    return "ok" if int(status) < 128 else "trap:%s" % status

def main():
    rnd = random.Random(SEED)
    sources = sorted(f for f in os.listdir(os.path.join(ROOT, "Lessons")) if f.endswith(".yaml"))
    work = tempfile.mkdtemp(prefix="dlstudy-probe-")
    counts = {s: {"tried": 0, "trap": 0, "hang": 0} for s in ["check", "load", "plain", "tui"]}
    bad = []
    for n in range(N):
        src = rnd.choice(sources); kind = KINDS[n % len(KINDS)]
        content = os.path.join(work, "c%d" % n); os.makedirs(os.path.join(content, "Lessons")); os.makedirs(os.path.join(content, "Quizzes"))
        data = open(os.path.join(ROOT, "Lessons", src), "rb").read()
        with open(os.path.join(content, "Lessons", src), "wb") as f:
            f.write(mutate(data, kind, rnd))
        lesson = src[:-5]
        dd = os.path.join(work, "d%d" % n)
        for step, args in [("check", ["check", content]), ("load", ["--content", content, "--data", dd, "list"]),
                           ("plain", ["--content", content, "--data", dd, "lesson", lesson, "--plain"])]:
            r, secs = run(args)
            counts[step]["tried"] += 1
            if r != "ok":
                counts[step]["trap" if r.startswith("trap") else "hang"] += 1
                bad.append((step, src, kind, n, r))
        if n < TUI:
            r = tmux_session(content, dd, lesson, rnd)
            counts["tui"]["tried"] += 1
            if r != "ok":
                counts["tui"]["trap" if r.startswith("trap") else "hang"] += 1
                bad.append(("tui", src, kind, n, r))
        if r == "ok":
            shutil.rmtree(content, ignore_errors=True); shutil.rmtree(dd, ignore_errors=True)
    for step, c in counts.items():
        print("%-6s tried %4d  traps %3d  hangs %3d" % (step, c["tried"], c["trap"], c["hang"]))
    for b in bad:
        print("  %s %s %s #%d %s (kept in %s/c%d)" % (b[0], b[1], b[2], b[3], b[4], work, b[3]))

main()
