"""The data sets NAS trains on: those that ship inside scikit-learn, with fixed
stratified splits and inputs quantized once to 7-bit unsigned integers, so the
PyTorch training, the integer reference and the emitted C see the same bytes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from guacc.compiler.diagnostics import GuaccError

# name -> (scikit-learn loader, rows of the input when read as a sequence)
DATASETS = {
    "digits": ("load_digits", 8),  # 8x8 images: 8 rows of 8 pixels
    "iris": ("load_iris", 1),
    "wine": ("load_wine", 1),
    "breast_cancer": ("load_breast_cancer", 5),  # 30 features: 5 groups of 6
}
INPUT_BITS = 7  # inputs in [0, 127]: fits int8 and uint8 alike
INPUT_MAX = (1 << INPUT_BITS) - 1
SPLIT = (0.6, 0.2, 0.2)  # train / validation / test


@dataclass
class Dataset:
    name: str
    x_train: np.ndarray  # int64, (n, features), values in [0, INPUT_MAX]
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    n_classes: int
    rows: int  # sequence length when a transformer reads the input as rows

    @property
    def n_features(self) -> int:
        return self.x_train.shape[1]


def load_dataset(name: str, seed: int = 0) -> Dataset:
    """The data set `name`, split by a stratified shuffle with `seed`. Inputs are
    scaled by the training split's per-feature range and rounded to 7 bits."""
    if name not in DATASETS:
        raise GuaccError(f"unknown data set '{name}' (choose from {', '.join(DATASETS)})")
    import sklearn.datasets
    from sklearn.model_selection import train_test_split

    loader, rows = DATASETS[name]
    bunch = getattr(sklearn.datasets, loader)()
    x, y = np.asarray(bunch.data, dtype=np.float64), np.asarray(bunch.target, dtype=np.int64)
    x_train, x_rest, y_train, y_rest = train_test_split(x, y, train_size=SPLIT[0], stratify=y, random_state=seed)
    val_share = SPLIT[1] / (SPLIT[1] + SPLIT[2])
    x_val, x_test, y_val, y_test = train_test_split(x_rest, y_rest, train_size=val_share, stratify=y_rest,
                                                    random_state=seed)
    lo, hi = x_train.min(axis=0), x_train.max(axis=0)
    span = np.where(hi > lo, hi - lo, 1.0)

    def quantize(a: np.ndarray) -> np.ndarray:
        return np.clip(np.rint((a - lo) / span * INPUT_MAX), 0, INPUT_MAX).astype(np.int64)

    return Dataset(name, quantize(x_train), y_train, quantize(x_val), y_val, quantize(x_test), y_test,
                   int(y.max()) + 1, rows)
