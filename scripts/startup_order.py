#!/usr/bin/env python3
"""Orders the functions the first frame runs for lld's --symbol-ordering-file.

usage: startup_order.py LINK_MAP CALLGRIND_OUT... > scripts/startup-symbols.txt

Reads the function names each callgrind run recorded (in the order it first lists them) and lld's
link map of the current binary (which input section holds each function), and writes, for each run
in turn (the names an earlier run already gave are not repeated):
1. the functions that sit in an input section of their own (-function-sections), in that order —
   they are packed together;
2. then the functions that sit inside an object's plain `.text` (code built without function
   sections: lld can only move that whole section, so these come after the packed ones).
So the usual start's code comes first and together, then what only a first start runs.
A name defined in more than one object (local helpers such as `objectdestroyTm`) is kept only when
every definition has a section of its own; otherwise ordering it would pull every object's whole
`.text` forward. Names the binary does not define in .text are dropped.
"""
import collections
import re
import sys

ROW = re.compile(r'^\s*[0-9a-f]+\s+[0-9a-f]+\s+[0-9a-f]+\s+\d+( +)(\S.*)$')


def sections_by_symbol(map_path):
    sections = collections.defaultdict(list)
    current, in_text = None, False
    with open(map_path, errors='replace') as lines:
        for line in lines:
            m = ROW.match(line)
            if not m:
                continue
            depth, rest = len(m.group(1)), m.group(2).strip()
            if depth == 1:                       # an output section
                in_text = rest == '.text'
            elif in_text and depth == 9:         # an input section
                current = rest
                own = re.search(r'\(\.text\.(.+)\)$', rest)
                if own and current not in sections[own.group(1)]:
                    sections[own.group(1)].append(current)
            elif in_text and depth >= 17 and current and current not in sections[rest]:
                sections[rest].append(current)   # a symbol in the current input section
    return sections


def executed(path):
    names, seen = [], set()
    with open(path, errors='replace') as lines:
        for line in lines:
            m = re.match(r'^c?fn=\(\d+\) (.+)$', line)
            if not m:
                continue
            name = re.sub(r"'\d+$", '', m.group(1).strip())
            if not name.startswith('0x') and name not in seen:
                seen.add(name)
                names.append(name)
    return names


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sections = sections_by_symbol(sys.argv[1])
    written = set()
    for path in sys.argv[2:]:
        packed, whole = [], []
        for name in executed(path):
            held = sections.get(name)
            if not held or name in written:
                continue
            shared = [s for s in held if s.endswith('(.text)')]
            if not shared:
                packed.append(name)
            elif len(held) == 1:
                whole.append(name)
        written.update(packed + whole)
        sys.stdout.write(''.join(n + '\n' for n in packed + whole))
        print(f'{path}: {len(packed)} functions packed, {len(whole)} in plain .text sections', file=sys.stderr)


if __name__ == '__main__':
    main()
