#!/usr/bin/python3
"""Regenerates tests/core/data/torch_reference.json: optimizer traces computed by real PyTorch.

The README promises torch.optim's semantics (PyTorch 1.13). This script runs torch.optim and
torch.optim.lr_scheduler in float64 on small 2-D objectives, with gradients from autograd, and
writes each path and each learning rate torch used; tests/core/torch_reference_test.cpp replays
every case through gdcore and compares. A developer runs this by hand when the cases change
(Debian 12: apt-get install python3-torch, then /usr/bin/python3 tools/torch_reference.py);
the tests only read the JSON and never need Python or torch.
"""

import json
import math
import pathlib
import subprocess

import torch

# Objectives: our expression language (^ for powers) and the same function on torch tensors.
OBJECTIVES = {
    "bowl": ("x^2 + y^2", lambda x, y: x**2 + y**2),
    "valley": ("x^2 + 10*y^2", lambda x, y: x**2 + 10 * y**2),
    "flat valley": ("0.05*x^2 + y^2", lambda x, y: 0.05 * x**2 + y**2),
    "rosenbrock": ("(1 - x)^2 + 100*(y - x^2)^2", lambda x, y: (1 - x)**2 + 100 * (y - x**2)**2),
    "saddle": ("x^2 - y^2", lambda x, y: x**2 - y**2),
    "waves": ("sin(x)*cos(y) + 0.1*(x^2 + y^2)",
              lambda x, y: torch.sin(x) * torch.cos(y) + 0.1 * (x**2 + y**2)),
    "log bowl": ("log(1 + x^2 + 3*y^2) + sqrt(1 + x^2) + exp(0.1*y)",
                 lambda x, y: torch.log(1 + x**2 + 3 * y**2) + torch.sqrt(1 + x**2)
                 + torch.exp(0.1 * y)),
}
START = {"bowl": [-3.0, 4.0], "valley": [-3.0, 1.0], "flat valley": [-3.0, 2.0],
         "rosenbrock": [-1.2, 1.0], "saddle": [-2.0, 0.001], "waves": [1.0, -1.5],
         "log bowl": [2.0, -1.0]}

# Hyper-parameters at the README's defaults (which are torch's, except the learning rates).
DEFAULTS = {
    "gd": {},
    "momentum": {"momentum": 0.9},
    "nesterov": {"momentum": 0.9},
    "adagrad": {"eps": 1e-10},
    "rmsprop": {"alpha": 0.99, "eps": 1e-8},
    "adam": {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8},
    "adamw": {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.01},
}
SCHEDULE_DEFAULTS = {"constant": {}, "step": {"step_size": 10, "gamma": 0.5},
                     "exponential": {"gamma": 0.95}, "cosine": {"lr_min": 0.0}}


def torch_optimizer(name, params, lr, h):
    if name == "gd":
        return torch.optim.SGD(params, lr=lr)
    if name in ("momentum", "nesterov"):
        return torch.optim.SGD(params, lr=lr, momentum=h["momentum"], nesterov=name == "nesterov")
    if name == "adagrad":
        return torch.optim.Adagrad(params, lr=lr, eps=h["eps"])
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, alpha=h["alpha"], eps=h["eps"])
    betas = (h["beta1"], h["beta2"])
    if name == "adam":
        return torch.optim.Adam(params, lr=lr, betas=betas, eps=h["eps"])
    return torch.optim.AdamW(params, lr=lr, betas=betas, eps=h["eps"],
                             weight_decay=h["weight_decay"])


def cosine_closed_form(lr, lr_min, iters, epoch):
    # CosineAnnealingLR._get_closed_form_lr, written out.
    return lr_min + (lr - lr_min) * (1 + math.cos(math.pi * epoch / iters)) / 2


def torch_scheduler(opt, s, lr, iters):
    """The scheduler for schedule s. Update k runs after k - 1 scheduler steps (epoch k - 1).

    Warmup W (lr_k times k/W for k <= W) is LinearLR(start_factor=1/W, end_factor=1,
    total_iters=W-1) chained in front: its factor at epoch e is (e+1)/W, then 1. Chaining is
    exact only when every scheduler is multiplicative; CosineAnnealingLR with eta_min > 0 is not
    (it computes eta_min + (lr - eta_min)*ratio from the lr the warmup already scaled, so the
    product drifts from the README's rate: 0.7% at worst for lr 0.05, eta_min 0.01, W 8, N 40).
    So that one combination uses LambdaLR with the warmup factor times CosineAnnealingLR's
    closed form instead; its rates then check our formula against itself, its path the optimizer.
    """
    sched = s["name"]
    w = s["warmup"]
    if sched == "cosine" and s["lr_min"] != 0 and w > 0:
        return torch.optim.lr_scheduler.LambdaLR(
            opt, lambda e: min(1.0, (e + 1) / w)
            * cosine_closed_form(lr, s["lr_min"], iters, e) / lr)
    if sched == "constant":
        main = None
    elif sched == "step":
        main = torch.optim.lr_scheduler.StepLR(opt, step_size=s["step_size"], gamma=s["gamma"])
    elif sched == "exponential":
        main = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=s["gamma"])
    else:
        main = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=iters, eta_min=s["lr_min"])
    if w == 0:
        return main
    warmup = torch.optim.lr_scheduler.LinearLR(opt, start_factor=1 / w, end_factor=1.0,
                                               total_iters=w - 1)
    return torch.optim.lr_scheduler.ChainedScheduler([warmup, main] if main else [warmup])


def design_rate(s, lr, k, iters):
    """The README's lr_k, to check that the torch schedulers above mean what the README means."""
    name = s["name"]
    if name == "step":
        r = lr * s["gamma"] ** ((k - 1) // s["step_size"])
    elif name == "exponential":
        r = lr * s["gamma"] ** (k - 1)
    elif name == "cosine":
        r = cosine_closed_form(lr, s["lr_min"], iters, k - 1)
    else:
        r = lr
    return r * k / s["warmup"] if k <= s["warmup"] else r


def run(objective, opt_name, lr, iters, hyper=None, schedule="constant", warmup=0, **sched):
    h = dict(DEFAULTS[opt_name], **(hyper or {}))
    s = {"name": schedule, **SCHEDULE_DEFAULTS[schedule], **sched, "warmup": warmup}
    text, f = OBJECTIVES[objective]
    p = torch.tensor(START[objective], dtype=torch.float64, requires_grad=True)
    opt = torch_optimizer(opt_name, [p], lr, h)
    scheduler = torch_scheduler(opt, s, lr, iters)
    points, rates = [p.tolist()], []
    for k in range(1, iters + 1):
        rates.append(opt.param_groups[0]["lr"])
        opt.zero_grad()
        f(p[0], p[1]).backward()
        opt.step()
        if scheduler:
            scheduler.step()
        points.append(p.tolist())
        expected = design_rate(s, lr, k, iters)
        assert abs(rates[-1] - expected) <= 1e-12 * abs(expected), (objective, k, rates[-1])
        assert all(math.isfinite(c) and abs(c) < 1e6 for c in points[-1]), (objective, k)
    label = opt_name + " on " + objective
    if hyper:
        label += " (" + ", ".join(f"{n} {v!r}" for n, v in hyper.items()) + ")"
    if schedule != "constant" or warmup:
        label += f", {schedule} schedule" + (f" with warmup {warmup}" if warmup else "")
    return {"name": label, "expr": text, "start": START[objective],
            "optimizer": dict(name=opt_name, lr=lr, **h), "schedule": s, "iters": iters,
            "points": points, "lr": rates}


CASES = [
    # Every optimizer at its defaults and with other hyper-parameters; constant rate.
    run("bowl", "gd", 0.1, 30),
    run("rosenbrock", "gd", 0.001, 40),
    run("saddle", "gd", 0.1, 40),
    run("valley", "momentum", 0.01, 50),
    run("rosenbrock", "momentum", 0.001, 40, {"momentum": 0.5}),
    run("bowl", "momentum", 0.1, 25, {"momentum": 0.0}),  # must equal plain gd
    run("bowl", "nesterov", 0.05, 40),
    run("saddle", "nesterov", 0.05, 40, {"momentum": 0.5}),
    run("bowl", "adagrad", 0.5, 40),
    run("rosenbrock", "adagrad", 0.1, 50, {"eps": 1e-3}),
    run("flat valley", "rmsprop", 0.01, 50),
    run("saddle", "rmsprop", 0.01, 40, {"alpha": 0.9, "eps": 1e-3}),
    run("rosenbrock", "adam", 0.01, 40),
    run("valley", "adam", 0.1, 60, {"beta1": 0.8, "beta2": 0.99}),
    run("bowl", "adam", 0.1, 40, {"eps": 1e-3}),
    run("saddle", "adam", 0.05, 40),
    run("bowl", "adamw", 0.1, 40),
    run("rosenbrock", "adamw", 0.01, 40, {"weight_decay": 0.1}),
    run("valley", "adamw", 0.1, 40, {"weight_decay": 0.0}),  # must equal adam
    run("saddle", "adamw", 0.05, 40, {"beta1": 0.8, "weight_decay": 0.1}),
    run("waves", "rmsprop", 0.05, 40),
    run("log bowl", "adagrad", 0.3, 40),
    # Every schedule, with and without warmup, on gd and adam (and one on nesterov).
    run("bowl", "gd", 0.1, 30, warmup=10),
    run("bowl", "gd", 0.1, 40, schedule="step"),
    run("valley", "gd", 0.04, 50, schedule="step", warmup=5, step_size=7, gamma=0.3),
    run("rosenbrock", "gd", 0.001, 40, schedule="exponential"),
    run("saddle", "gd", 0.1, 40, schedule="exponential", warmup=3, gamma=0.9),
    run("bowl", "gd", 0.2, 40, schedule="cosine"),
    run("valley", "gd", 0.05, 40, schedule="cosine", warmup=8, lr_min=0.01),
    run("flat valley", "gd", 0.5, 30, schedule="cosine", warmup=1, lr_min=0.0),
    run("valley", "adam", 0.1, 40, warmup=10),
    run("rosenbrock", "adam", 0.05, 60, schedule="step", warmup=4, step_size=7, gamma=0.3),
    run("bowl", "adam", 0.5, 40, schedule="exponential"),
    run("saddle", "adam", 0.05, 40, schedule="cosine", warmup=5),
    run("rosenbrock", "adam", 0.05, 50, schedule="cosine", lr_min=0.001),
    run("waves", "nesterov", 0.1, 40, schedule="exponential", warmup=6, gamma=0.97),
]

if __name__ == "__main__":
    package = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "python3-torch"],
                             capture_output=True, text=True).stdout or "unknown"
    out = pathlib.Path(__file__).resolve().parent.parent / "tests/core/data/torch_reference.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    header = (f'{{"generator": "tools/torch_reference.py, torch 1.13.1 (Debian python3-torch '
              f'{package}, torch.__version__ {torch.__version__})",\n "cases": [\n')
    # One key a line and one point a line, for readable diffs; json.dumps writes floats with
    # repr(), so they read back exactly.
    def case(c):
        lines = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in c.items() if k != "points"]
        lines.append('  "points": [\n   ' + ",\n   ".join(json.dumps(p) for p in c["points"]) + "]")
        return " {\n" + ",\n".join(lines) + "\n }"
    out.write_text(header + ",\n".join(case(c) for c in CASES) + "\n]}\n")
    print(f"{len(CASES)} cases written to {out}")
