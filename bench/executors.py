"""The same export whatever runs the analysis: in-process, a process pool, a Dask cluster (issue 14).

    python bench/executors.py FOLDER [--jobs 2] [--no-dask]

Analyses FOLDER three ways in this process — serial (`jobs=1`), on a process pool of JOBS workers,
and on a two-worker Dask `LocalCluster` (`Client.get_executor()`; needs requirements-dask.txt) —
writes each export to a temporary folder and compares them byte for byte. Prints each run's wall
time beside the load average (the machine is shared) and exits 1 when an export differs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.pipeline import analyze_folder  # noqa: E402
from core.report.json_export import write_json  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="muqabala-executors-"))
    runs = {"serial": {"jobs": 1}, f"pool of {args.jobs}": {"jobs": args.jobs}}
    exports: dict[str, bytes] = {}
    for name, how in runs.items():
        t = time.perf_counter()
        write_json(analyze_folder(args.folder, **how), out / "export.json")  # type: ignore[arg-type]
        exports[name] = (out / "export.json").read_bytes()
        print(f"{name:<12} {time.perf_counter() - t:7.2f} s  load {os.getloadavg()[0]:.1f}", flush=True)
    if not args.no_dask:
        from distributed import Client, LocalCluster

        with (
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            t = time.perf_counter()
            write_json(analyze_folder(args.folder, executor=client.get_executor()), out / "export.json")
            exports["dask"] = (out / "export.json").read_bytes()
            print(f"{'dask':<12} {time.perf_counter() - t:7.2f} s  load {os.getloadavg()[0]:.1f}", flush=True)
    (out / "export.json").unlink()
    out.rmdir()
    serial = exports.pop("serial")
    same = True
    for name, data in exports.items():
        equal = data == serial
        same &= equal
        verdict = "identical to" if equal else "DIFFERS from"
        print(f"{name} export {verdict} the serial one, byte for byte ({len(data)} bytes)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
