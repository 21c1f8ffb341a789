#!/usr/bin/env python3
"""Checks `dlstudy train --json` against torch: its exported weights, run through torch.nn.functional on
scikit-learn's own load_digits(), must reproduce its test predictions and accuracy.

Usage:  dlstudy train --json --epochs 10 --seed 1 > run.json && python3 Tests/Fixtures/check_train_predictions.py run.json
Needs torch and scikit-learn; prints the agreement and exits 1 on any mismatch.
"""
import json
import sys

import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits

run = json.load(open(sys.argv[1]))
w = {k: torch.tensor(v, dtype=torch.float64) for k, v in run["weights"].items()}
digits = load_digits()
test = run["test_indices"]
assert sorted(test + run["train_indices"]) == list(range(len(digits.target))), "split does not cover load_digits()"
x = torch.tensor(digits.data[test], dtype=torch.float64).reshape(-1, 1, 8, 8) / 16
h = F.max_pool2d(F.relu(F.conv2d(x, w["conv.weight"], w["conv.bias"], padding=1)), 2)
logits = F.linear(torch.flatten(h, 1), w["fc.weight"], w["fc.bias"])
predicted = logits.argmax(1).tolist()
same = sum(p == q for p, q in zip(predicted, run["predictions"]))
labels = digits.target[test].tolist()
accuracy = sum(p == t for p, t in zip(predicted, labels)) / len(test)
confusion = [[0] * 10 for _ in range(10)]
for p, t in zip(predicted, labels):
    confusion[t][p] += 1
print(f"torch reproduces {same} of {len(test)} predictions; test accuracy {100 * accuracy:.1f}% "
      f"(dlstudy reports {100 * run['epochs'][-1]['test_accuracy']:.1f}%); confusion matrix "
      f"{'equal' if confusion == run['confusion'] else 'DIFFERENT'}")
sys.exit(0 if same == len(test) and confusion == run["confusion"] else 1)
