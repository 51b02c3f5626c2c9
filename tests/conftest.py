"""Shared fixtures: the project's own kernel corpus and hand-written IR."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "examples" / "ll"
DATA_DIR = ROOT / "tests" / "data"
CORPUS = sorted(CORPUS_DIR.glob("*/*.ll"))


def corpus_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.fixture
def data_dir() -> Path:
    return DATA_DIR
