#!/usr/bin/env python3
"""Independent reference for qqhi's engine on the ASEM example (COINr's data set).

Written separately from the Java code, with numpy and scipy, straight from the textbook
definitions (OECD/JRC Handbook; COINr semantics as stated in docs/methods.md). Its output,
src/test/resources/asem/expected.csv, is the fixture AsemReferenceTest compares against (1e-9).
Re-run: python3 scripts/reference/asem_reference.py  (needs numpy and scipy; not needed by CI).
"""
import csv
import math
import os

import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "..", "src", "test", "resources", "asem")

meta = list(csv.DictReader(open(os.path.join(RES, "ASEM_iMeta.csv"))))
data = list(csv.DictReader(open(os.path.join(RES, "ASEM_iData.csv"))))
alt = {r["iCode"]: float(r["Weight"]) for r in csv.DictReader(open(os.path.join(RES, "ASEM_weights_alt.csv")))}

indicators = [r for r in meta if r["Type"] == "Indicator"]
aggregates = [r for r in meta if r["Type"] == "Aggregate"]
codes = [r["iCode"] for r in indicators]
units = [r["uCode"] for r in data]
X = np.array([[float(r[c]) if r[c] not in ("", "NA") else np.nan for c in codes] for r in data])


def denominate(X):
    Y = X.copy()
    for j, r in enumerate(indicators):
        if r["Denominator"]:
            den = np.array([float(u[r["Denominator"]]) if u[r["Denominator"]] else np.nan for u in data])
            Y[:, j] = X[:, j] / den
    return Y


def impute_group_mean(X, group):
    Y = X.copy()
    g = np.array([u[group] for u in data])
    for j in range(X.shape[1]):
        for lab in set(g):
            idx = g == lab
            col = X[idx, j]
            m = np.nanmean(col) if np.any(~np.isnan(col)) else np.nan
            sel = idx & np.isnan(X[:, j])
            Y[sel, j] = m
    return Y


def fails(x):
    v = x[~np.isnan(x)]
    g1 = stats.skew(v, bias=False)
    g2 = stats.kurtosis(v, bias=False, fisher=True)
    return abs(g1) >= 2 and g2 >= 3.5, g1


def winsorise(x, max_points=5):
    """The treated column, how it was treated (none, winsorised, log) and how many points moved."""
    y = x.copy()
    bad, g1 = fails(y)
    if not bad:
        return y, "none", 0
    moved = np.zeros(len(y), dtype=bool)   # distinct positions changed (COINr's winmax counts points)
    while bad and moved.sum() < max_points:
        v = y[~np.isnan(y)]
        if g1 >= 0:
            ext = v.max()
            rest = v[v != ext]
            hit = y == ext
            y[hit] = rest.max()
        else:
            ext = v.min()
            rest = v[v != ext]
            hit = y == ext
            y[hit] = rest.min()
        moved |= hit
        bad, g1 = fails(y)
    if not bad:
        return y, "winsorised", int(moved.sum())
    lo, hi = np.nanmin(x), np.nanmax(x)
    return np.log(x - lo + 0.01 * (hi - lo)), "log", 0


def normalise(X, method):
    Y = np.empty_like(X)
    for j, r in enumerate(indicators):
        x = X[:, j] * float(r["Direction"])
        if method[0] == "minmax":
            lo, hi = method[1], method[2]
            Y[:, j] = lo + (x - np.nanmin(x)) / (np.nanmax(x) - np.nanmin(x)) * (hi - lo)
        else:
            Y[:, j] = (x - np.nanmean(x)) / np.nanstd(x, ddof=1)
    return Y


def aggregate(N, weights, method, threshold):
    """Scores of every node: leaves = normalised columns, parents bottom-up."""
    scores = {c: N[:, j] for j, c in enumerate(codes)}
    children = {}
    for r in indicators + aggregates:
        if r["Parent"]:
            children.setdefault(r["Parent"], []).append(r["iCode"])
    for level in (2, 3, 4):
        for r in aggregates:
            if int(r["Level"]) != level:
                continue
            kids = children[r["iCode"]]
            V = np.column_stack([scores[k] for k in kids])
            W = np.array([weights[k] for k in kids])
            out = np.full(V.shape[0], np.nan)
            for u in range(V.shape[0]):
                ok = ~np.isnan(V[u])
                if ok.sum() == 0 or ok.sum() / len(kids) < threshold:
                    continue
                w = W[ok] / W[ok].sum()
                v = V[u, ok]
                out[u] = np.sum(w * v) if method == "arithmetic" else math.exp(np.sum(w * np.log(v)))
            scores[r["iCode"]] = out
    return scores


base_w = {r["iCode"]: float(r["Weight"]) for r in indicators + aggregates}
D = denominate(X)
scenarios = {
    "minmax-arith": aggregate(normalise(D, ("minmax", 0, 100)), base_w, "arithmetic", 0),
    "zscore-arith": aggregate(normalise(D, ("zscore",)), base_w, "arithmetic", 0),
    "minmax1-geom": aggregate(normalise(D, ("minmax", 1, 100)), base_w, "geometric", 0),
    "altweights": aggregate(normalise(D, ("minmax", 0, 100)), alt, "arithmetic", 0),
    "threshold75": aggregate(normalise(D, ("minmax", 0, 100)), base_w, "arithmetic", 0.75),
}
I = impute_group_mean(D, "EurAsia_group")
treated = [winsorise(I[:, j]) for j in range(I.shape[1])]
T = np.column_stack([t[0] for t in treated])
scenarios["full"] = aggregate(normalise(T, ("minmax", 0, 100)), base_w, "arithmetic", 0)

with open(os.path.join(RES, "expected.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["scenario", "unit", "node", "score"])
    for name, sc in scenarios.items():
        for node in [r["iCode"] for r in aggregates] + codes:
            for u, code in enumerate(units):
                v = sc[node][u]
                w.writerow([name, code, node, "" if np.isnan(v) else repr(float(v))])
with open(os.path.join(RES, "expected-treatments.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["indicator", "treatment", "points"])
    for code, (_, how, points) in zip(codes, treated):
        if how != "none":
            w.writerow([code, how, points])
print("wrote", os.path.join(RES, "expected.csv"), "and expected-treatments.csv")
