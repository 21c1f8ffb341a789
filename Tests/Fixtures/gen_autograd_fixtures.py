#!/usr/bin/env python3
"""Writes the autograd reference fixtures in Tests/Fixtures/autograd/ from torch.autograd (float64, CPU).

Run from the repository root:  python3 Tests/Fixtures/gen_autograd_fixtures.py   (torch==2.13.0)
Each gradient case is a `dlstudy compute` request carrying `grad_output` plus what torch gives for
`output.backward(grad_output)`: `output`, `grad_input` and, where the op has them, `grad_weight` and
`grad_bias` (only when a bias is given). Cases with integer tensors are marked "exact" (the engine must
match to the last bit). `optimizer.json` holds torch.optim trajectories (SGD, momentum, weight decay,
Adam) and `network.json` one forward/backward of the digits CNN (conv 1→C 3×3 pad 1 → ReLU →
max-pool 2 → flatten → linear → cross-entropy). Output is deterministic (fixed seeds, sorted keys).
"""
import os

import torch
import torch.nn.functional as F

from fixture_common import D, HERE, Collector, conv2d, floats, ints, lst, write_json

OUT = os.path.join(HERE, "autograd")


def collector(op):
    return Collector(op, OUT, "Tests/Fixtures/gen_autograd_fixtures.py", lambda op, n: 7000 + 100 * len(op) + n)


def leaf(t):
    return t.clone().requires_grad_(True)


def backward(y, exact, lo=-3, hi=4):
    g = ints(*y.shape, lo=lo, hi=hi) if exact else floats(*y.shape)
    y.backward(g)
    return g


def grads(expected, x, w=None, b=None):
    expected["grad_input"] = lst(x.grad)
    if w is not None:
        expected["grad_weight"] = lst(w.grad)
    if b is not None:
        expected["grad_bias"] = lst(b.grad)
    return expected


# ---------------------------------------------------------------- conv2d
def conv2d_cases():
    col = collector("conv2d_grad")

    def case(name, exact, in_shape, w_shape, bias=True, **kw):
        col.next_seed()
        gen = ints if exact else floats
        x, w = leaf(gen(*in_shape)), leaf(gen(*w_shape))
        b = leaf(gen(w_shape[0])) if bias else None
        y = conv2d(x, w, b, kw)
        g = backward(y, exact)
        req = {"op": "conv2d", "input": lst(x.detach()), "weight": lst(w.detach()),
               "bias": lst(b.detach()) if b is not None else None, "grad_output": lst(g)}
        req.update(kw)
        col.add(name, exact, req, grads({"output": lst(y.detach())}, x, w, b))

    case("basic 1x4x4 k3", True, (1, 4, 4), (1, 1, 3, 3))
    case("no bias (no grad_bias)", True, (2, 5, 5), (3, 2, 3, 3), bias=False)
    case("stride 2 padding 1", True, (2, 6, 6), (3, 2, 3, 3), stride=2, padding=1)
    case("floor drops a column (its inputs get 0)", True, (1, 6, 7), (2, 1, 3, 3), stride=2)
    case("stride pair, padding pair", True, (2, 7, 6), (2, 2, 3, 2), stride=[2, 1], padding=[1, 0])
    case("dilation 2", True, (1, 7, 7), (2, 1, 3, 3), dilation=2)
    case("dilation pair with padding", True, (2, 8, 6), (2, 2, 2, 3), dilation=[2, 1], padding=[2, 1])
    case("groups 2", True, (4, 5, 5), (6, 2, 3, 3), groups=2, padding=1)
    case("depthwise groups 3", True, (3, 5, 4), (3, 1, 3, 3), groups=3)
    case("same, odd kernel", True, (2, 5, 5), (2, 2, 3, 3), padding="same")
    case("same, even kernel (extra pad bottom/right)", True, (1, 4, 5), (2, 1, 2, 2), padding="same")
    case("same, even kernel with dilation", True, (1, 6, 6), (1, 1, 2, 4), padding="same", dilation=[3, 1])
    case("valid", True, (1, 5, 5), (1, 1, 2, 2), padding="valid")
    case("explicit asymmetric padding", True, (1, 4, 4), (2, 1, 3, 3),
         padding={"top": 1, "bottom": 0, "left": 2, "right": 1})
    case("explicit padding with stride", True, (2, 5, 4), (1, 2, 2, 3), stride=2,
         padding={"top": 0, "bottom": 2, "left": 1, "right": 0})
    case("1x1 kernel stride 2", True, (3, 5, 5), (4, 3, 1, 1), stride=2)
    case("batch of 2, digits layer (1 to 8, 3x3, padding 1)", True, (2, 1, 8, 8), (8, 1, 3, 3), padding=1)
    case("float batch with everything", False, (2, 4, 7, 6), (4, 2, 3, 2), stride=[2, 1], padding=[1, 2],
         dilation=[1, 2], groups=2)
    case("float same", False, (3, 6, 5), (2, 3, 4, 3), padding="same")
    case("float no bias stride 3", False, (2, 7, 8), (3, 2, 2, 3), bias=False, stride=3, padding=1)
    col.write()


# ---------------------------------------------------------------- conv_transpose2d
def conv_transpose2d_cases():
    col = collector("conv_transpose2d_grad")

    def case(name, exact, in_shape, w_shape, bias=True, **kw):
        col.next_seed()
        gen = ints if exact else floats
        x, w = leaf(gen(*in_shape)), leaf(gen(*w_shape))
        b = leaf(gen(w_shape[1] * kw.get("groups", 1))) if bias else None
        y = F.conv_transpose2d(x, w, b, **kw)
        g = backward(y, exact)
        req = {"op": "conv_transpose2d", "input": lst(x.detach()), "weight": lst(w.detach()),
               "bias": lst(b.detach()) if b is not None else None, "grad_output": lst(g)}
        req.update(kw)
        col.add(name, exact, req, grads({"output": lst(y.detach())}, x, w, b))

    case("basic k3", True, (1, 3, 3), (1, 1, 3, 3))
    case("no bias, 2 to 3 channels", True, (2, 2, 3), (2, 3, 2, 2), bias=False)
    case("stride 2", True, (1, 3, 3), (1, 2, 3, 3), stride=2)
    case("stride 2 padding 1 (cropped stamps get nothing)", True, (2, 3, 4), (2, 1, 3, 3), stride=2, padding=1)
    case("output_padding 1", True, (1, 3, 3), (1, 1, 3, 3), stride=2, padding=1, output_padding=1)
    case("dilation 2", True, (1, 3, 3), (1, 1, 2, 2), dilation=2)
    case("groups 2", True, (4, 3, 3), (4, 2, 2, 2), groups=2, stride=2)
    case("pairs everywhere", True, (2, 3, 2), (2, 2, 3, 2), stride=[2, 3], padding=[1, 0], output_padding=[1, 2])
    case("batch of 2", True, (2, 2, 3, 3), (2, 2, 3, 3), stride=2, padding=1)
    case("float batch with everything", False, (2, 4, 3, 4), (4, 3, 3, 2), stride=[2, 1], padding=[1, 1],
         output_padding=[1, 0], dilation=[1, 2], groups=2)
    case("float upsample 2x (FCN style)", False, (3, 4, 4), (3, 2, 4, 4), stride=2, padding=1)
    col.write()


# ---------------------------------------------------------------- pools
def max_pool2d_cases():
    col = collector("max_pool2d_grad")

    def case(name, exact, in_shape, x=None, **kw):
        col.next_seed()
        if x is None:
            x = ints(*in_shape, lo=-9, hi=10) if exact else floats(*in_shape)
        x = leaf(x)
        ri = kw.pop("return_indices", False)
        y, idx = F.max_pool2d(x, return_indices=True, **kw)
        g = backward(y, exact)
        req = {"op": "max_pool2d", "input": lst(x.detach()), "return_indices": ri, "grad_output": lst(g)}
        req.update(kw)
        exp = {"output": lst(y.detach())}
        if ri:
            exp["indices"] = lst(idx)
        col.add(name, exact, req, grads(exp, x))

    case("k2 default stride", True, (1, 4, 4), kernel_size=2)
    case("k2 with indices", True, (2, 4, 6), kernel_size=2, return_indices=True)
    case("overlapping k3 stride 2: a winner of two windows adds both", True, (1, 5, 5),
         x=torch.tensor([[[0, 0, 0, 0, 0], [0, 1, 0, 1, 0], [0, 0, 9, 0, 0], [0, 1, 0, 1, 0], [0, 0, 0, 0, 0]]], dtype=D),
         kernel_size=3, stride=1)
    case("k3 stride 2 ceil_mode", True, (1, 6, 6), kernel_size=3, stride=2, ceil_mode=True)
    case("ceil_mode odd size", True, (2, 5, 7), kernel_size=2, stride=2, ceil_mode=True)
    case("padding 1, all negative (padding never wins)", True, (1, 4, 4),
         x=-torch.arange(1., 17., dtype=D).reshape(1, 4, 4), kernel_size=3, stride=2, padding=1)
    case("padding pair", True, (2, 5, 6), kernel_size=[3, 2], stride=[2, 1], padding=[1, 1])
    case("dilation 2", True, (1, 7, 7), kernel_size=3, stride=1, dilation=2)
    case("dilation with padding and ceil", True, (1, 8, 7), kernel_size=2, stride=3, dilation=3, padding=1,
         ceil_mode=True)
    case("ties: the gradient goes to the first maximum", True, (1, 4, 4), x=torch.ones(1, 4, 4, dtype=D),
         kernel_size=2, stride=1)
    case("digits layer: 8 channels 8x8, k2", True, (2, 8, 8, 8), kernel_size=2)
    case("batch of 2 floats", False, (2, 3, 6, 5), kernel_size=2, stride=[2, 1], padding=1)
    col.write()


def avg_pool2d_cases():
    col = collector("avg_pool2d_grad")

    def case(name, exact, in_shape, **kw):
        col.next_seed()
        x = leaf(ints(*in_shape, lo=-9, hi=10) if exact else floats(*in_shape))
        y = F.avg_pool2d(x, **kw)
        g = backward(y, exact)
        req = {"op": "avg_pool2d", "input": lst(x.detach()), "grad_output": lst(g)}
        req.update(kw)
        col.add(name, exact, req, grads({"output": lst(y.detach())}, x))

    # Integer inputs, but the gradient is g/divisor: exact only where the divisor is a power of two.
    case("k2 (divisor 4)", True, (1, 4, 4), kernel_size=2)
    case("k3 stride 2 padding 1 counting padding", False, (2, 5, 5), kernel_size=3, stride=2, padding=1,
         count_include_pad=True)
    case("k3 stride 2 padding 1 not counting padding", False, (2, 5, 5), kernel_size=3, stride=2, padding=1,
         count_include_pad=False)
    case("overlapping windows add", False, (1, 5, 5), kernel_size=3, stride=1)
    case("ceil_mode overhang, counting padding", False, (1, 6, 6), kernel_size=3, stride=2, padding=1,
         ceil_mode=True, count_include_pad=True)
    case("ceil_mode overhang, not counting padding", False, (1, 6, 6), kernel_size=3, stride=2, padding=1,
         ceil_mode=True, count_include_pad=False)
    case("ceil_mode without padding", False, (1, 5, 7), kernel_size=2, ceil_mode=True)
    case("divisor_override 2", True, (2, 4, 4), kernel_size=2, divisor_override=2)
    case("divisor_override with padding and ceil", False, (1, 5, 5), kernel_size=3, stride=2, padding=1,
         ceil_mode=True, divisor_override=5)
    case("pairs", False, (2, 5, 6), kernel_size=[2, 3], stride=[2, 1], padding=[1, 1], count_include_pad=False)
    case("batch of 2 floats", False, (2, 3, 6, 6), kernel_size=3, stride=2, padding=1)
    col.write()


# ---------------------------------------------------------------- linear, activations, cross_entropy
def linear_cases():
    col = collector("linear_grad")

    def case(name, exact, in_shape, out_f, bias=True):
        col.next_seed()
        gen = ints if exact else floats
        x, w = leaf(gen(*in_shape)), leaf(gen(out_f, in_shape[-1]))
        b = leaf(gen(out_f)) if bias else None
        y = F.linear(x, w, b)
        g = backward(y, exact)
        req = {"op": "linear", "input": lst(x.detach()), "weight": lst(w.detach()),
               "bias": lst(b.detach()) if b is not None else None, "grad_output": lst(g)}
        col.add(name, exact, req, grads({"output": lst(y.detach())}, x, w, b))

    case("vector input", True, (4,), 3)
    case("batch of 5", True, (5, 4), 3)
    case("no bias", True, (3, 6), 2, bias=False)
    case("digits layer 128 to 10, batch 3", True, (3, 128), 10)
    case("float batch", False, (4, 7), 5)
    col.write()


def activation_cases():
    col = collector("activation_grad")

    def case(name, op, exact, x):
        col.next_seed()
        x = leaf(x)
        y = getattr(torch, op)(x)
        g = backward(y, exact)
        col.add(name, exact, {"op": op, "input": lst(x.detach()), "grad_output": lst(g)},
                grads({"output": lst(y.detach())}, x))

    torch.manual_seed(5)
    case("relu: gradient 0 at 0 and below", "relu", True, torch.tensor([[-2., -1., 0., 1., 2.], [0., 3., -3., 0., 5.]], dtype=D))
    case("relu floats 2x3x4", "relu", True, floats(2, 3, 4))
    case("sigmoid", "sigmoid", False, floats(3, 4, scale=2))
    case("sigmoid integers", "sigmoid", False, ints(2, 2, 3))
    case("tanh", "tanh", False, floats(3, 4, scale=2))
    case("tanh integers", "tanh", False, ints(2, 2, 3))
    col.write()


def cross_entropy_cases():
    col = collector("cross_entropy")

    def case(name, n, c, reduction=None, x=None, scale=2.0):
        col.next_seed()
        x = leaf(x if x is not None else floats(n, c, scale=scale))
        t = torch.randint(0, x.shape[1], (x.shape[0],))
        kw = {} if reduction is None else {"reduction": reduction}
        loss = F.cross_entropy(x, t, **kw)
        loss.backward()
        req = {"op": "cross_entropy", "input": lst(x.detach()), "target": lst(t)}
        req.update(kw)
        col.add(name, False, req, {"loss": loss.item(), "grad_input": lst(x.grad)})

    case("default reduction is mean", 4, 10)
    case("mean", 3, 5, "mean")
    case("sum", 3, 5, "sum")
    case("one sample", 1, 3, "mean")
    case("integer logits", 5, 4, x=ints(5, 4))
    case("large logits (log-softmax stays finite)", 3, 4, "sum", x=torch.tensor([[1000., 0., -1000., 5.], [-800., -801., -799., -800.], [30., 30., 30., 30.]], dtype=D))
    case("digits batch 32x10", 32, 10, "mean")
    col.write()


# ---------------------------------------------------------------- optimisers and the network
def optimizer_cases():
    cases = []
    configs = [
        ("sgd", {"lr": 0.1}),
        ("sgd weight decay", {"lr": 0.05, "weight_decay": 0.01}),
        ("sgd momentum", {"lr": 0.1, "momentum": 0.9}),
        ("sgd momentum and weight decay", {"lr": 0.03, "momentum": 0.5, "weight_decay": 0.1}),
        ("adam", {"lr": 0.001}),
        ("adam lr 0.1 betas", {"lr": 0.1, "betas": (0.8, 0.99), "eps": 1e-6}),
        ("adam weight decay", {"lr": 0.01, "weight_decay": 0.05}),
    ]
    for k, (name, kw) in enumerate(configs):
        torch.manual_seed(900 + k)
        params = [floats(2, 3), floats(4)]
        steps = [[floats(2, 3), floats(4)] for _ in range(6)]
        ps = [p.clone().requires_grad_(True) for p in params]
        opt = (torch.optim.Adam if name.startswith("adam") else torch.optim.SGD)(ps, **kw)
        trajectory = []
        for gs in steps:
            for p, g in zip(ps, gs):
                p.grad = g.clone()
            opt.step()
            trajectory.append([lst(p.detach().flatten()) for p in ps])
        args = dict(kw)
        if "betas" in args:
            args["beta1"], args["beta2"] = args.pop("betas")
        cases.append({"name": name, "optimizer": "adam" if name.startswith("adam") else "sgd", "args": args,
                      "parameters": [lst(p.flatten()) for p in params],
                      "gradients": [[lst(g.flatten()) for g in gs] for gs in steps], "trajectory": trajectory})
    write_plain("optimizer", cases)


def network_cases():
    cases = []
    for k, (channels, batch) in enumerate([(8, 4), (4, 3), (16, 2)]):
        torch.manual_seed(300 + k)
        x = torch.randint(0, 17, (batch, 1, 8, 8)).to(D) / 16
        t = torch.randint(0, 10, (batch,))
        cw, cb = leaf(floats(channels, 1, 3, 3, scale=0.3)), leaf(floats(channels, scale=0.1))
        fw, fb = leaf(floats(10, channels * 16, scale=0.1)), leaf(floats(10, scale=0.1))
        h = F.max_pool2d(F.relu(F.conv2d(x, cw, cb, padding=1)), 2)
        logits = F.linear(torch.flatten(h, 1), fw, fb)
        loss = F.cross_entropy(logits, t)
        loss.backward()
        cases.append({"name": f"{channels} channels, batch {batch}", "input": lst(x), "target": lst(t),
                      "conv.weight": lst(cw.detach()), "conv.bias": lst(cb.detach()),
                      "fc.weight": lst(fw.detach()), "fc.bias": lst(fb.detach()),
                      "logits": lst(logits.detach()), "loss": loss.item(),
                      "grad": {"conv.weight": lst(cw.grad), "conv.bias": lst(cb.grad),
                               "fc.weight": lst(fw.grad), "fc.bias": lst(fb.grad)}})
    write_plain("network", cases)


def write_plain(name, cases):
    document = {"generator": "Tests/Fixtures/gen_autograd_fixtures.py", "torch": torch.__version__.split("+")[0], "cases": cases}
    write_json(os.path.join(OUT, name + ".json"), document, name, len(cases))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    conv2d_cases()
    conv_transpose2d_cases()
    max_pool2d_cases()
    avg_pool2d_cases()
    linear_cases()
    activation_cases()
    cross_entropy_cases()
    optimizer_cases()
    network_cases()
