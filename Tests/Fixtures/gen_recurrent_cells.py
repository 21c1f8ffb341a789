"""Reference runs of the lesson scenes' example cells and of a weights file, computed by PyTorch.

Writes scenes_torch.json (the ExampleCells LSTM presets and GRU on the input 1; 0.5; -1) and
lstm_weights.json / gru_weights.json (torch.manual_seed(0) layers, I=2, H=3, in state_dict names),
plus *_torch.json with torch's gates for `--input "1 0; 0.5 -1; -1 2"`. Run from the repository root: python3 Tests/Fixtures/gen_recurrent_cells.py (writes Tests/Fixtures/recurrent-cells/)
"""
import json
import os
import torch

torch.set_default_dtype(torch.float64)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "recurrent-cells")

def lstm_example(forget_bias):
    wih = [0.8, -0.5, 0.6, 0.4, 1.2, -0.9, 0.7, 0.3]
    whh = [0.2, -0.1, 0.1, 0.3, 0.1, 0.2, -0.2, 0.1, 0.5, -0.3, 0.2, 0.6, -0.1, 0.2, 0.3, -0.2]
    bih = [0.1, 0.2, forget_bias, forget_bias, 0, 0.1, 0.2, 0]
    return wih, whh, bih, [0.0] * 8

def gru_example():
    wih = [0.6, -0.4, 0.5, -0.3, 1.1, -0.8]
    whh = [0.2, -0.1, 0.1, 0.3, 0.1, 0.2, -0.2, 0.1, 0.5, -0.3, 0.2, 0.6]
    return wih, whh, [0.1, 0, 0.3, -0.2, 0, 0.1], [0, 0.1, 0, 0, 0.1, 0]

def gates(kind, layer, x, H):
    """Steps the torch cell by hand with torch ops to expose every gate."""
    wih, whh, bih, bhh = layer.weight_ih_l0, layer.weight_hh_l0, layer.bias_ih_l0, layer.bias_hh_l0
    h = torch.zeros(H); c = torch.zeros(H)
    steps = []
    for xt in x:
        gi = wih @ xt + bih; gh = whh @ h + bhh
        if kind == "lstm":
            i, f, g, o = (gi + gh).split(H)
            i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
            c = f * c + i * g; h = o * torch.tanh(c)
            steps.append({"i": i.tolist(), "f": f.tolist(), "g": g.tolist(), "o": o.tolist(), "c": c.tolist(), "h": h.tolist()})
        else:
            ir, iz, inn = gi.split(H); hr, hz, hn = gh.split(H)
            r = torch.sigmoid(ir + hr); z = torch.sigmoid(iz + hz); n = torch.tanh(inn + r * hn)
            h = (1 - z) * n + z * h
            steps.append({"r": r.tolist(), "z": z.tolist(), "n": n.tolist(), "h": h.tolist()})
    # Cross-check against the module itself.
    out, _ = layer(x)
    assert torch.allclose(out[-1], h)
    return steps

def layer_from(kind, wih, whh, bih, bhh, I, H):
    layer = (torch.nn.LSTM if kind == "lstm" else torch.nn.GRU)(I, H)
    with torch.no_grad():
        G = len(bih)
        layer.weight_ih_l0.copy_(torch.tensor(wih).reshape(G, I))
        layer.weight_hh_l0.copy_(torch.tensor(whh).reshape(G, H))
        layer.bias_ih_l0.copy_(torch.tensor(bih)); layer.bias_hh_l0.copy_(torch.tensor(bhh))
    return layer

x = torch.tensor([[1.0], [0.5], [-1.0]])
scenes = {}
for name, fb in [("normal", 0.5), ("forget", -8.0), ("remember", 8.0)]:
    scenes["lstm-" + name] = gates("lstm", layer_from("lstm", *lstm_example(fb), 1, 2), x, 2)
scenes["gru"] = gates("gru", layer_from("gru", *gru_example(), 1, 2), x, 2)
json.dump(scenes, open(os.path.join(OUT, "scenes_torch.json"), "w"), indent=1)

x2 = torch.tensor([[1.0, 0.0], [0.5, -1.0], [-1.0, 2.0]])
for kind in ["lstm", "gru"]:
    torch.manual_seed(0)
    layer = (torch.nn.LSTM if kind == "lstm" else torch.nn.GRU)(2, 3)
    sd = {k: v.tolist() for k, v in layer.state_dict().items()}
    json.dump(sd, open(os.path.join(OUT, f"{kind}_weights.json"), "w"), indent=1)
    json.dump(gates(kind, layer, x2, 3), open(os.path.join(OUT, f"{kind}_torch.json"), "w"), indent=1)
