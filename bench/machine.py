"""A description of the machine and software the figures were measured on."""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata

import psutil

PACKAGES = ("tfs-client", "httpx", "azure-devops", "msrest", "requests", "starlette", "uvicorn")


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def describe() -> list[tuple[str, str]]:
    """``(label, value)`` pairs: OS, CPU, cores, memory, Python and package versions."""
    memory = psutil.virtual_memory().total / 1024**3
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    cores = f"{os.cpu_count()} logical ({psutil.cpu_count(logical=False)} physical)"
    if affinity is not None and affinity != os.cpu_count():
        cores += f", {affinity} usable by this process"
    return [
        ("OS", platform.platform()),
        ("CPU", _cpu_model()),
        ("Cores", cores),
        ("Memory", f"{memory:.1f} GiB"),
        ("Python", f"{platform.python_implementation()} {sys.version.split()[0]}"),
        ("Packages", ", ".join(f"{name} {_version(name)}" for name in PACKAGES)),
        ("Load average (1, 5, 15 min) when written", _load()),
    ]


def _load() -> str:
    """The run queue length: above the core count, other processes competed for the cores."""
    if not hasattr(os, "getloadavg"):
        return "unknown"
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())
