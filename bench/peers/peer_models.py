"""The two networks of Choi et al. (ISMIR 2016) in PyTorch, built from the Keras HDF5 weights
and a Tagscope calibration (frozen mode-2 BatchNorm statistics), exactly as
../shared/reference/README.md states the layer semantics. Used only by the peer benchmark."""

import json

import h5py
import numpy as np
import torch
import torch.nn.functional as F

EPS = 1e-6

ARCHITECTURES = {
    "cnn": {"pools": [(2, 4), (2, 4), (2, 4), (3, 5), (4, 4)], "time_padding": 0},
    "rnn": {"pools": [(2, 2), (3, 3), (4, 4), (4, 4)], "time_padding": 37},
}


def load_keras_weights(path):
    """The file's weights in layer and weight order (names differ between files, the order does
    not): frame norm, conv kernels/biases, BN gammas/betas, GRU matrices, dense. Also whether
    kernels are Theano's (true convolution: flipped before use as cross-correlation)."""
    w = {"conv_W": [], "conv_b": [], "bn_gamma": [], "bn_beta": [], "gru": []}
    theano = True
    with h5py.File(path, "r") as f:
        for layer in f.attrs["layer_names"]:
            group = f[layer]
            gru = {}
            for name in group.attrs["weight_names"]:
                key = name.decode()
                if key.endswith(":0"):
                    theano = False
                    key = key[:-2]
                value = np.asarray(group[name], dtype=np.float32)
                tail = key.rsplit("_", 2)
                if layer.startswith(b"gru"):
                    gru[tail[-2] + "_" + tail[-1]] = value
                elif key.endswith("running_mean") or key.endswith("running_std"):
                    w.setdefault(key.rsplit("_", 2)[-2] + "_" + tail[-1], value)
                elif key.endswith("_gamma") or key.endswith("_beta"):
                    w["bn_" + tail[-1]].append(value)
                elif layer.startswith(b"dense"):
                    w["dense_" + tail[-1]] = value
                else:
                    w["conv_" + tail[-1]].append(value)
            if gru:
                w["gru"].append(gru)
    return w, theano


class TaggingNet(torch.nn.Module):
    """Frame norm → conv blocks (conv with the calibrated BN folded in → ELU → max-pool) →
    dense + sigmoid (CNN) or two hard-sigmoid GRUs → dense + sigmoid (RNN)."""

    def __init__(self, kind, weights_path, calibration_path):
        super().__init__()
        arch = ARCHITECTURES[kind]
        w, theano = load_keras_weights(weights_path)
        with open(calibration_path) as f:
            layers = json.load(f)["layers"]
        self.kind = kind
        self.time_padding = arch["time_padding"]
        self.pools = arch["pools"]
        gamma, beta = w["bn_gamma"][0], w["bn_beta"][0]
        mean, std = w["running_mean"], w["running_std"]  # the first BN's: the frame norm
        scale = gamma / (std + EPS)
        self.register_buffer("frame_scale", torch.from_numpy(scale).view(1, 1, 1, -1))
        self.register_buffer("frame_shift", torch.from_numpy(beta - mean * scale).view(1, 1, 1, -1))
        self.convs = torch.nn.ModuleList()
        for k, stats in enumerate(layers):
            kernel = w["conv_W"][k]
            if theano:
                kernel = kernel[:, :, ::-1, ::-1]
            bias = w["conv_b"][k]
            g, b = w["bn_gamma"][k + 1], w["bn_beta"][k + 1]
            m = np.asarray(stats["mean"], dtype=np.float64)
            v = np.asarray(stats["variance"], dtype=np.float64)
            s = g / (np.sqrt(v + EPS) + EPS)
            conv = torch.nn.Conv2d(kernel.shape[1], kernel.shape[0], 3, padding=1)
            conv.weight.data = torch.from_numpy(
                np.ascontiguousarray(kernel * s[:, None, None, None]).astype(np.float32))
            conv.bias.data = torch.from_numpy(((bias - m) * s + b).astype(np.float32))
            self.convs.append(conv)
        if kind == "rnn":
            for n, gru in enumerate(w["gru"], start=1):
                for key, value in gru.items():
                    self.register_buffer(f"gru_{n}_{key}", torch.from_numpy(value))
        self.dense = torch.nn.Linear(w["dense_W"].shape[0], w["dense_W"].shape[1])
        self.dense.weight.data = torch.from_numpy(np.ascontiguousarray(w["dense_W"].T))
        self.dense.bias.data = torch.from_numpy(w["dense_b"])

    def gru(self, x, n: int, last_only: bool):
        """Keras 1 GRU: hard-sigmoid gates, (r ∘ h)·U_h, initial state 0. x: (steps, features)."""
        W_z, W_r, W_h = getattr(self, f"gru_{n}_W_z"), getattr(self, f"gru_{n}_W_r"), getattr(self, f"gru_{n}_W_h")
        U_z, U_r, U_h = getattr(self, f"gru_{n}_U_z"), getattr(self, f"gru_{n}_U_r"), getattr(self, f"gru_{n}_U_h")
        xz = x @ W_z + getattr(self, f"gru_{n}_b_z")
        xr = x @ W_r + getattr(self, f"gru_{n}_b_r")
        xh = x @ W_h + getattr(self, f"gru_{n}_b_h")
        h = torch.zeros(1, U_z.shape[0], dtype=x.dtype)
        states = []
        for t in range(x.shape[0]):
            z = torch.clamp(0.2 * (xz[t:t + 1] + h @ U_z) + 0.5, 0.0, 1.0)
            r = torch.clamp(0.2 * (xr[t:t + 1] + h @ U_r) + 0.5, 0.0, 1.0)
            candidate = torch.tanh(xh[t:t + 1] + (r * h) @ U_h)
            h = z * h + (1.0 - z) * candidate
            states.append(h)
        return h if last_only else torch.cat(states, 0)

    def forward(self, x):
        if self.time_padding:
            x = F.pad(x, (self.time_padding, self.time_padding))
        x = x * self.frame_scale + self.frame_shift
        for conv, pool in zip(self.convs, self.pools):
            x = F.max_pool2d(F.elu(conv(x)), pool)
        if self.kind == "cnn":
            features = x.flatten(1)
        else:
            sequence = x[0, :, 0, :].transpose(0, 1)  # (steps, channels)
            features = self.gru(self.gru(sequence, 1, False), 2, True)
        return torch.sigmoid(self.dense(features))
