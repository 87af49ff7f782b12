"""FLOPs of an ONNX graph at batch 1, counted from the graph itself (documented method).

Method: fix the batch axis to 1, run ONNX shape inference, then per node
  * Conv:          MACs = N * M * L_out * (C / group) * k
  * ConvTranspose: MACs = N * C_in * L_in * (M_out / group) * k
  * MatMul:        MACs = prod(output shape) * K (the contracted dimension)
  * Gemm:          MACs = M * N * K
and dense FLOPs = 2 * MACs (one FMA = 2 FLOPs). Every other node is counted as one operation per
output element ("elementwise": Add, Softmax, LayerNormalization, Elu, Clip, ...), reported
separately: they do not run on the FMA units and are a small share here. The FMA-peak fraction
in the Java bench uses the dense FLOPs only.
"""
import numpy as np
import onnx
from onnx import shape_inference


def _shape(vi):
    return [d.dim_value for d in vi.type.tensor_type.shape.dim]


def count(path: str) -> dict:
    model = onnx.load(path)
    for vi in list(model.graph.input) + list(model.graph.output):
        dim = vi.type.tensor_type.shape.dim[0]
        dim.Clear()
        dim.dim_value = 1
    del model.graph.value_info[:]
    model = shape_inference.infer_shapes(model)
    shapes = {
        vi.name: _shape(vi)
        for vi in list(model.graph.value_info) + list(model.graph.input) + list(model.graph.output)
    }
    for init in model.graph.initializer:
        shapes[init.name] = list(init.dims)
    macs, other, per_op = 0, 0, {}
    for node in model.graph.node:
        out = shapes.get(node.output[0], [])
        if node.op_type == "Conv":
            w = shapes[node.input[1]]
            # w[1] is already C / group, so grouped convolutions need no extra term
            m = int(np.prod(out)) * (w[1]) * int(np.prod(w[2:]))
        elif node.op_type == "ConvTranspose":
            x, w = shapes[node.input[0]], shapes[node.input[1]]
            m = int(np.prod(x)) * w[1] * int(np.prod(w[2:]))
        elif node.op_type == "MatMul":
            k = shapes[node.input[0]][-1]
            m = int(np.prod(out)) * k
        elif node.op_type == "Gemm":
            a = shapes[node.input[0]]
            trans_a = next((x.i for x in node.attribute if x.name == "transA"), 0)
            k = a[0] if trans_a else a[1]
            m = int(np.prod(out)) * k
        else:
            if out and all(d > 0 for d in out):
                other += int(np.prod(out))
            continue
        if not out or any(d <= 0 for d in out):
            raise ValueError(f"{path}: shape inference left {node.op_type} {node.name} unresolved")
        macs += m
        per_op[node.op_type] = per_op.get(node.op_type, 0) + 2 * m
    return {
        "dense_flops": 2 * macs,
        "elementwise_ops": other,
        "dense_flops_by_op": per_op,
        "method": "models/flops.py: 2 x MACs of Conv/ConvTranspose/MatMul/Gemm at batch 1 after ONNX "
        "shape inference; other nodes counted as 1 op per output element, separately",
    }
