"""Training entry points for the package's models (run as ``python -m pipeline.training.<name>``)."""
