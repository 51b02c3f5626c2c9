"""Block equivalence, sketch solving and whole-function translation checks."""
