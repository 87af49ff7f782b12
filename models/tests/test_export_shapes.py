"""The exported graphs have the names and shapes the Java side and models/manifest.json rely on."""

import json
import os

import onnx
import pytest
import torch

from models.atat.model import AeServing, Atat, AtatConfig
from models.common import CHANNELS, WINDOW_SAMPLES, sha256
from models.export import export
from models.stan.model import SHIPPED, Stan, StanServing

MODELS_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def dims(value_info):
    return [d.dim_param or d.dim_value for d in value_info.type.tensor_type.shape.dim]


def test_stan_serving_graph_has_a_dynamic_batch_and_fixed_feature_axes(tmp_path):
    torch.manual_seed(0)
    serving = StanServing(Stan(SHIPPED))
    x = torch.randn(2, len(CHANNELS), WINDOW_SAMPLES)
    path = str(tmp_path / "stan.onnx")
    outs = export(serving, (x,), ["x"], StanServing.output_names, path)
    model = onnx.load(path)
    assert [i.name for i in model.graph.input] == ["x"]
    assert dims(model.graph.input[0]) == ["batch", len(CHANNELS), WINDOW_SAMPLES]
    assert [o.name for o in model.graph.output] == StanServing.output_names
    for out, eager in zip(model.graph.output, outs):
        assert dims(out)[0] == "batch"
        assert dims(out)[1:] == list(eager.shape[1:])
    probs = torch.tensor(outs[0])
    assert torch.allclose(probs.sum(dim=1), torch.ones(2), atol=1e-5)


def test_atat_autoencoder_graph_maps_epochs_to_epochs(tmp_path):
    torch.manual_seed(0)
    cfg = AtatConfig()
    serving = AeServing(Atat(cfg))
    x = torch.randn(3, 1, 512)
    path = str(tmp_path / "atat_ae.onnx")
    outs = export(serving, (x,), ["x"], ["denoised", "r"], path)
    assert outs[0].shape == (3, 1, 512)
    assert dims(onnx.load(path).graph.output[0]) == ["batch", 1, 512]


@pytest.mark.parametrize("name", ["stan", "atat_ae", "atat_transformer"])
def test_the_committed_manifest_matches_the_committed_graphs(name):
    with open(os.path.join(MODELS_DIR, "manifest.json")) as f:
        entry = json.load(f)["models"][name]
    path = os.path.join(MODELS_DIR, entry["file"])
    assert sha256(path) == entry["sha256"], "re-run models/export.sh after changing a graph"
    graph = onnx.load(path).graph
    assert {vi.name: dims(vi) for vi in graph.input} == {i["name"]: i["shape"] for i in entry["inputs"]}
    assert [vi.name for vi in graph.output] == [o["name"] for o in entry["outputs"]]
