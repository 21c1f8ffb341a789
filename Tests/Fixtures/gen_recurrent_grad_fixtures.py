#!/usr/bin/env python3
"""Writes the recurrent-gradient fixtures in Tests/Fixtures/recurrent-grad/ from torch.autograd (float64, CPU).

Run from the repository root:  python3 Tests/Fixtures/gen_recurrent_grad_fixtures.py   (needs only torch)
Each case is a `dlstudy compute` request for rnn / lstm / gru with a `grad_output` (T×H, the gradient of
the loss with respect to every step's h, as nn.RNN/LSTM/GRU's output for an unbatched T×I input), and
what torch.nn.RNN/LSTM/GRU plus `output.backward(grad_output)` give: the final h (and c), grad_input,
grad_weight_ih, grad_weight_hh, grad_bias_ih, grad_bias_hh, grad_h0 and, for the LSTM, grad_c0.
Tests compare these fields only (the forward gates are checked by gen_engine_fixtures.py).
Output is deterministic (fixed seeds, sorted keys). CI only reads the committed JSON, never torch.
"""
import json
import os

import torch

torch.use_deterministic_algorithms(True)
torch.set_num_threads(1)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "recurrent-grad")
D = torch.float64
MODULES = {"rnn": torch.nn.RNN, "lstm": torch.nn.LSTM, "gru": torch.nn.GRU}


def values(*shape, scale=1.0, integers=False):
    if integers:
        return torch.randint(-2, 3, shape).to(D)
    return torch.randn(*shape, dtype=D) * scale


def case(kind, name, seed, T, I, H, zero_state=False, bias=True, scale=1.0, integers=False, last_only=False):
    torch.manual_seed(seed)
    m = MODULES[kind](I, H, bias=bias).to(D)
    with torch.no_grad():
        for p in m.parameters():
            p.copy_(values(*p.shape, scale=scale, integers=integers))
    x = values(T, I, integers=integers).requires_grad_(True)
    h0 = (torch.zeros(H, dtype=D) if zero_state else values(H, integers=integers)).requires_grad_(True)
    c0 = (torch.zeros(H, dtype=D) if zero_state else values(H, integers=integers)).requires_grad_(True)
    grad_output = values(T, H, integers=integers)
    if last_only:
        grad_output[:-1] = 0
    if kind == "lstm":
        out, (hT, cT) = m(x, (h0.unsqueeze(0), c0.unsqueeze(0)))
    else:
        out, hT = m(x, h0.unsqueeze(0))
    out.backward(grad_output)

    req = {"op": kind, "input": x.tolist(), "weight_ih": m.weight_ih_l0.tolist(), "weight_hh": m.weight_hh_l0.tolist(),
           "grad_output": grad_output.tolist()}
    if bias:
        req["bias_ih"], req["bias_hh"] = m.bias_ih_l0.tolist(), m.bias_hh_l0.tolist()
    if not zero_state:
        req["h0"] = h0.tolist()
        if kind == "lstm":
            req["c0"] = c0.tolist()
    expected = {"h": out[-1].tolist(), "grad_input": x.grad.tolist(),
                "grad_weight_ih": m.weight_ih_l0.grad.tolist(), "grad_weight_hh": m.weight_hh_l0.grad.tolist(),
                "grad_h0": h0.grad.tolist()}
    if bias:
        expected["grad_bias_ih"], expected["grad_bias_hh"] = m.bias_ih_l0.grad.tolist(), m.bias_hh_l0.grad.tolist()
    if kind == "lstm":
        expected["c"] = cT[0].tolist()
        expected["grad_c0"] = c0.grad.tolist()
    return {"name": name, "exact": False, "request": req, "expected": expected}


def write(kind):
    seed = 1600 + 10 * list(MODULES).index(kind)
    cases = [
        case(kind, "zero state, 4 steps, gradient at every step", seed + 1, 4, 3, 2, zero_state=True),
        case(kind, "non-zero h0 (and c0), 5 steps, hidden 4", seed + 2, 5, 3, 4),
        case(kind, "no bias", seed + 3, 3, 2, 3, bias=False),
        case(kind, "one step, hidden 1", seed + 4, 1, 1, 1),
        case(kind, "loss on the last step only (the long-memory task)", seed + 5, 10, 1, 8, zero_state=True, scale=0.35, last_only=True),
        case(kind, "small weights (vanishing), 12 steps", seed + 6, 12, 2, 3, scale=0.3),
        case(kind, "large weights (saturating), 6 steps", seed + 7, 6, 2, 3, scale=2.0),
        case(kind, "integer inputs, weights and gradients", seed + 8, 4, 2, 2, integers=True),
        case(kind, "40 steps, hidden 8, input 1", seed + 9, 40, 1, 8, zero_state=True, scale=0.35),
    ]
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, kind + ".json")
    with open(path, "w") as f:
        json.dump({"op": kind, "generator": "Tests/Fixtures/gen_recurrent_grad_fixtures.py",
                   "torch": torch.__version__.split("+")[0], "cases": cases}, f, sort_keys=True)
        f.write("\n")
    print(f"{kind}: {len(cases)} cases -> {os.path.relpath(path)}")


if __name__ == "__main__":
    for kind in MODULES:
        write(kind)
