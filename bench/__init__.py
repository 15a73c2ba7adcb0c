"""Benchmarks: tfs-client measured against raw httpx and the official ``azure-devops`` client.

Run ``python -m bench`` (or ``make bench``) from the repository root; ``--help`` lists the
options. Every figure is a ratio measured side by side in one run against an emulator started
on loopback in its own process.
"""
