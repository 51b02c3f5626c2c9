"""The per-block report of a translation or a verification run, as JSON and
as a one-screen summary."""

from __future__ import annotations

import json
from collections import Counter


def block_row(function: str, verdict, how: str = "checked") -> dict:
    """`how`: 'checked' (an existing translation), 'guessed' (the guesser's
    block verified as is), 'repaired' (holes filled by the solver)."""
    row = {"function": function, **verdict.to_json()}
    if verdict.status == "verified" and how == "repaired":
        row["status"] = "repaired"
    row["how"] = how
    return row


def program_report(src_isa: str, dst_isa: str, src_file: str, dst_file: str, result, how=None) -> dict:
    """The report of `verify.program.verify_program`'s result; `how` maps
    (function, src label) to how the target block was obtained."""
    how = how or {}
    blocks = []
    for f in result.functions:
        for v in f.verdicts:
            blocks.append(block_row(f.name, v, how.get((f.name, v.src_label), "checked")))
        for label in f.unpaired_src:
            blocks.append({"function": f.name, "src": label, "dst": None, "status": "unsupported",
                           "reason": "no partner block in the target", "how": "checked"})
        for label in f.unpaired_dst:
            blocks.append({"function": f.name, "src": None, "dst": label, "status": "unsupported",
                           "reason": "target block with no partner in the source", "how": "checked"})
    for name in result.missing_functions:
        blocks.append({"function": name, "src": None, "dst": None, "status": "failed",
                       "reason": "function missing from the target", "how": "checked"})
    counts = Counter(b["status"] for b in blocks)
    return {
        "src_isa": src_isa, "dst_isa": dst_isa, "source": src_file, "target": dst_file,
        "summary": {"blocks": len(blocks), **{k: counts.get(k, 0) for k in
                                               ("verified", "repaired", "failed", "timeout", "unsupported")}},
        "all_verified": all(b["status"] in ("verified", "repaired") for b in blocks),
        "blocks": blocks,
    }


def summary_line(report: dict) -> str:
    s = report["summary"]
    return (f"{s['blocks']} blocks: {s['verified']} verified, {s['repaired']} repaired, {s['failed']} failed, "
            f"{s['timeout']} timed out, {s['unsupported']} unsupported")


def failures_text(report: dict, limit: int = 20) -> str:
    lines = []
    for b in report["blocks"]:
        if b["status"] not in ("verified", "repaired"):
            lines.append(f"  {b['function']}: {b.get('src')} -> {b.get('dst')}: {b['status']}: {b.get('reason', '')}")
    if len(lines) > limit:
        lines = lines[:limit] + [f"  ... and {len(lines) - limit} more"]
    return "\n".join(lines)


def dumps(report: dict) -> str:
    return json.dumps(report, indent=2) + "\n"
