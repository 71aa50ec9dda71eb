#!/usr/bin/python3
"""Side-by-side speed of Tagscope's networks against PyTorch and ONNX Runtime on the same clip.

Builds both networks in PyTorch from the same HDF5 weights and calibration, checks every
output against tagscope-cli within 1e-4 on the four reference melgrams, exports ONNX, then
times, pinned to one core with one thread each, in interleaved rounds (the order rotates):
  - tagscope-bench (BM_Network*OneClip: the median of 3 repetitions of 2 s each),
  - PyTorch: TorchScript trace + freeze + optimize_for_inference, NCHW and channels-last (the
    faster of the two is reported),
  - ONNX Runtime (npm onnxruntime-node, intra-op threads 1, all graph optimisations),
for each OPENBLAS_CORETYPE setting given. Prints a Markdown table of medians (minimums) over
the rounds. Not part of CI; docs/PERFORMANCE.md records a run.

Needs: Debian's python3-torch, python3-h5py (and libgoogle-perftools4: PyTorch then runs with
tcmalloc), Node.js with npm (onnxruntime-node is installed
into the work folder with --ignore-scripts: the CPU library is in the package itself).
Usage: bench/peers/peer_bench.py --build build [--rounds 6] [--cpu 1]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from peer_models import TaggingNet  # noqa: E402

HERE = Path(__file__).resolve().parent
TRACKS = ["bensound-cute", "bensound-actionable", "bensound-dubstep", "bensound-thejazzpiano"]
ORT_VERSION = "1.30.0"
# PyTorch runs with tcmalloc when Debian's libgoogle-perftools4 is installed (its best setting).
TCMALLOC = Path("/usr/lib/x86_64-linux-gnu/libtcmalloc.so.4")


def run(cmd, env=None):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout


def tagscope_probabilities(cli, kind, weights, calibration, melgrams):
    out = json.loads(run([cli, "tag", "--model", kind, "--weights", weights, "--calibration",
                          calibration, "--format", "json"] + melgrams))
    return np.array([list(r["probabilities"].values()) for r in out], dtype=np.float64)


def prepare(args, work):
    """Calibrations, PyTorch models checked against Tagscope, ONNX files, the input clip."""
    cli = str(Path(args.build) / "bin" / "tagscope-cli")
    melgrams = [str(Path(args.melgrams) / f"{t}.npy") for t in TRACKS]
    clip = np.load(melgrams[0]).astype(np.float32).reshape(1, 1, 96, 1366)
    clip.tofile(work / "clip.f32")
    ort_dir = work / "ort"
    if not (ort_dir / "node_modules" / "onnxruntime-node").exists():
        run(["npm", "install", "--prefix", str(ort_dir), "--ignore-scripts", "--no-audit",
             "--no-fund", f"onnxruntime-node@{ORT_VERSION}"])
    for kind in ("cnn", "rnn"):
        weights = str(Path(args.models) / f"{kind}_weights_tensorflow.hdf5")
        calibration = str(work / f"{kind}.calibration.json")
        # The same statistics tagscope-bench computes: the first clip alone.
        run([cli, "calibrate", "--model", kind, "--weights", weights, "-o", calibration, melgrams[0]])
        model = TaggingNet(kind, weights, calibration).eval()
        expected = tagscope_probabilities(cli, kind, weights, calibration, melgrams)
        with torch.no_grad():
            got = np.array([model(torch.from_numpy(np.load(m).astype(np.float32).reshape(1, 1, 96, 1366)))
                            .numpy()[0] for m in melgrams], dtype=np.float64)
        diff = np.abs(got - expected).max()
        print(f"{kind}: PyTorch vs tagscope-cli, 4 clips x 50 tags: max |diff| {diff:.2e}", file=sys.stderr)
        if diff > 1e-4:
            sys.exit(f"{kind}: PyTorch differs from Tagscope by {diff}")
        onnx_path = work / f"{kind}.onnx"
        with torch.no_grad():
            torch.onnx.export(model, torch.from_numpy(clip), str(onnx_path), opset_version=13,
                              input_names=["melgram"], output_names=["probabilities"])
        printed = run(["node", str(HERE / "ort_time.js"), str(onnx_path), str(work / "clip.f32"), "1",
                       "--print"], env=dict(os.environ, NODE_PATH=str(ort_dir / "node_modules"))).split("\n")[1]
        diff = np.abs(np.array(json.loads(printed)) - expected[0]).max()
        print(f"{kind}: ONNX Runtime vs tagscope-cli: max |diff| {diff:.2e}", file=sys.stderr)
        if diff > 1e-4:
            sys.exit(f"{kind}: ONNX Runtime differs from Tagscope by {diff}")


def time_torch(kind, args, work, iterations):
    """Median ms per clip of the faster TorchScript variant (NCHW or channels-last)."""
    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    weights = str(Path(args.models) / f"{kind}_weights_tensorflow.hdf5")
    model = TaggingNet(kind, weights, str(work / f"{kind}.calibration.json")).eval()
    x = torch.from_numpy(np.fromfile(work / "clip.f32", dtype=np.float32).reshape(1, 1, 96, 1366))
    best = None
    for channels_last in (False, True):
        m, inp = model, x
        if channels_last:
            m = model.to(memory_format=torch.channels_last)
            inp = x.contiguous(memory_format=torch.channels_last)
        with torch.no_grad():
            script = torch.jit.optimize_for_inference(torch.jit.freeze(torch.jit.trace(m, inp).eval()))
            for _ in range(5):
                script(inp)
            times = []
            for _ in range(iterations):
                start = time_ns()
                script(inp)
                times.append((time_ns() - start) / 1e6)
        median = statistics.median(times)
        best = median if best is None else min(best, median)
    return best


def time_ns():
    import time
    return time.perf_counter_ns()


def peer_command(peer, kind, args, work):
    if peer == "tagscope":
        name = {"cnn": "Cnn", "rnn": "Rnn"}[kind]
        return [str(Path(args.build) / "bin" / "tagscope-bench"), f"--benchmark_filter=^BM_Network{name}OneClip(/|$)",
                "--benchmark_repetitions=3", "--benchmark_format=json"]
    if peer == "pytorch":
        return [sys.executable, __file__, "--time-torch", kind, "--build", args.build, "--models", args.models,
                "--work", str(work), "--iterations", str(args.iterations)]
    return ["node", str(HERE / "ort_time.js"), str(work / f"{kind}.onnx"), str(work / "clip.f32"),
            str(args.iterations)]


def measure(peer, kind, args, work, coretype):
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1",
               NODE_PATH=str(work / "ort" / "node_modules"))
    env.pop("OPENBLAS_CORETYPE", None)
    if coretype:
        env["OPENBLAS_CORETYPE"] = coretype
    if peer == "pytorch" and TCMALLOC.exists():
        env["LD_PRELOAD"] = str(TCMALLOC)
    out = run(["taskset", "-c", str(args.cpu)] + peer_command(peer, kind, args, work), env=env)
    if peer == "tagscope":
        runs = [b["real_time"] for b in json.loads(out)["benchmarks"] if b.get("run_type") == "iteration"]
        return statistics.median(runs)
    return float(out.strip().split("\n")[0])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True, help="Tagscope build folder (bin/tagscope-cli, bin/tagscope-bench)")
    root = HERE.parent.parent
    parser.add_argument("--models", default=str(root.parent / "shared" / "models"))
    parser.add_argument("--melgrams", default=str(root.parent / "shared" / "reference" / "melgrams"))
    parser.add_argument("--work", default=None, help="scratch folder (default BUILD/peers)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--iterations", type=int, default=30)
    parser.add_argument("--cpu", type=int, default=1)
    parser.add_argument("--coretypes", default="Haswell,auto",
                        help="OPENBLAS_CORETYPE settings to run, comma-separated ('auto': unset)")
    parser.add_argument("--time-torch", choices=["cnn", "rnn"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    work = Path(args.work or Path(args.build) / "peers").resolve()
    work.mkdir(parents=True, exist_ok=True)
    if args.time_torch:
        print(f"{time_torch(args.time_torch, args, work, args.iterations):.3f}")
        return
    prepare(args, work)
    peers = ["tagscope", "pytorch", "onnxruntime"]
    results = {}
    for coretype in args.coretypes.split(","):
        setting = "" if coretype == "auto" else coretype
        for r in range(args.rounds):
            order = peers[r % 3:] + peers[:r % 3]
            for kind in ("cnn", "rnn"):
                for peer in order:
                    ms = measure(peer, kind, args, work, setting)
                    results.setdefault((coretype, kind, peer), []).append(ms)
                    print(f"round {r + 1} OPENBLAS_CORETYPE={coretype} {kind} {peer}: {ms:.2f} ms", file=sys.stderr)
    print("| per 96 × 1366 clip, 1 thread, pinned | " + " | ".join(
        f"{p}, OPENBLAS_CORETYPE={c}" for c in args.coretypes.split(",") for p in peers) + " |")
    print("|---" * (1 + len(peers) * len(args.coretypes.split(","))) + "|")
    for kind in ("cnn", "rnn"):
        cells = []
        for coretype in args.coretypes.split(","):
            for peer in peers:
                t = results[(coretype, kind, peer)]
                cells.append(f"{statistics.median(t):.1f} ms ({min(t):.1f})")
        print(f"| {kind.upper()} | " + " | ".join(cells) + " |")
    for coretype in args.coretypes.split(","):
        for kind in ("cnn", "rnn"):
            ours = statistics.median(results[(coretype, kind, "tagscope")])
            best = min(statistics.median(results[(coretype, kind, p)]) for p in peers[1:])
            print(f"OPENBLAS_CORETYPE={coretype} {kind}: best peer / Tagscope = {best / ours:.2f}x")


if __name__ == "__main__":
    main()
