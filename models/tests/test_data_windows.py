"""STAN's on-disk dataset: the layout the Java exporter writes is read back and checked."""

import json
import os

import numpy as np
import pytest

from models.common import CHANNELS, WINDOW_SAMPLES
from models.stan.data import StanDataset, write_synthetic


def test_synthetic_dataset_reads_back_with_its_labels(tmp_path):
    write_synthetic(str(tmp_path), n=16, seed=3)
    ds = StanDataset(str(tmp_path))
    assert len(ds) == 16
    assert ds.counts() == {"interictal": 8, "preictal": 4, "ictal": 4, "unlabelled": 0}
    x, y = ds.batch(np.array([5, 1, 3]))
    assert x.shape == (3, len(CHANNELS), WINDOW_SAMPLES) and x.dtype == np.float32
    assert np.array_equal(y, ds.labels[[1, 3, 5]])  # rows come back sorted for sequential reads


def test_float16_windows_are_accepted_and_widened(tmp_path):
    write_synthetic(str(tmp_path), n=8, seed=4)
    path = os.path.join(tmp_path, "windows.npy")
    np.save(path, np.load(path).astype(np.float16))
    x, _ = StanDataset(str(tmp_path)).batch(np.arange(2))
    assert x.dtype == np.float32


@pytest.mark.parametrize(
    "key,value",
    [("sampling_rate", 128), ("channels", CHANNELS[::-1]), ("window_samples", 640), ("units", "mV")],
)
def test_a_dataset_cut_differently_from_the_service_is_refused(tmp_path, key, value):
    write_synthetic(str(tmp_path), n=8, seed=5)
    meta_path = os.path.join(tmp_path, "meta.json")
    with open(meta_path) as f:
        meta = json.load(f)
    meta[key] = value
    with open(meta_path, "w") as f:
        json.dump(meta, f)
    with pytest.raises(SystemExit, match=key):
        StanDataset(str(tmp_path))


def test_unknown_label_values_are_refused(tmp_path):
    write_synthetic(str(tmp_path), n=8, seed=6)
    np.save(os.path.join(tmp_path, "labels.npy"), np.array([0, 1, 2, 3, 0, 0, 0, 0], dtype=np.int8))
    with pytest.raises(SystemExit, match="unknown label values"):
        StanDataset(str(tmp_path))
