"""Latency-constrained quantized neural architecture search emitting HLS C."""
