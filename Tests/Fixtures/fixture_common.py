"""Helpers shared by the torch fixture generators (gen_engine_fixtures.py, gen_autograd_fixtures.py).

Importing it sets torch up for reproducible float64 CPU results (deterministic algorithms, one
thread). It gives the integer and float tensor makers, the tensor-to-list conversion, the JSON writer
(sorted keys, one trailing newline) and the per-op case collector that every generator uses.
"""
import json
import os

import torch
import torch.nn.functional as F

torch.use_deterministic_algorithms(True)
torch.set_num_threads(1)
HERE = os.path.dirname(os.path.abspath(__file__))
D = torch.float64


def ints(*shape, lo=-3, hi=4):
    return torch.randint(lo, hi, shape).to(D)


def floats(*shape, scale=1.0):
    return torch.randn(*shape, dtype=D) * scale


def lst(t):
    return t.tolist()


def write_json(path, document, label, count):
    """Writes `document` with sorted keys and a trailing newline, and says so."""
    with open(path, "w") as f:
        json.dump(document, f, sort_keys=True)
        f.write("\n")
    print(f"{label}: {count} cases -> {os.path.relpath(path)}")


def conv2d(x, w, b, kw):
    """F.conv2d with the compute request's padding: an int, a pair, 'same', 'valid' or
    {top, bottom, left, right} (applied with F.pad, which torch's conv2d has no argument for)."""
    pad = kw.get("padding", 0)
    torch_kw = {k: v for k, v in kw.items() if k != "padding"}
    if isinstance(pad, dict):
        return F.conv2d(F.pad(x, (pad["left"], pad["right"], pad["top"], pad["bottom"])), w, b, **torch_kw)
    return F.conv2d(x, w, b, padding=pad, **torch_kw)


class Collector:
    """The cases of one op, written to `out/<op>.json`; `seed_of(op, n)` seeds the n-th case."""

    def __init__(self, op, out, generator, seed_of):
        self.op, self.cases, self.seed = op, [], 0
        self.out, self.generator, self.seed_of = out, generator, seed_of

    def add(self, name, exact, request, expected):
        self.cases.append({"name": name, "exact": exact, "request": request, "expected": expected})

    def next_seed(self):
        self.seed += 1
        torch.manual_seed(self.seed_of(self.op, self.seed))

    def write(self):
        document = {"op": self.op, "generator": self.generator, "torch": torch.__version__.split("+")[0], "cases": self.cases}
        write_json(os.path.join(self.out, self.op + ".json"), document, self.op, len(self.cases))
