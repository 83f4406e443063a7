#!/usr/bin/env python3
"""The who-said-what CLI as the map stage of Dask distributed: its jsonl mode over partitions of a jsonl archive.

    python3 scripts/dask/map.py ARCHIVE.jsonl OUTDIR [--scheduler tcp://HOST:8786 | --local-workers 2]
                                [--blocksize 64MB] [--cli bin/who-said-what.js] [--cli-jobs 1] [--lang fr|en]
                                [--merge-fan-in 16]

Each partition of the archive (lines of {"id", "text", "lang"?, "date"?}) goes through
`node CLI --input jsonl --format jsonl --totals ...` on a Dask worker, which writes OUTDIR/part-NNNNN.jsonl (the
analyses, in archive order) and hands back the partition's share-of-voice totals; the totals are merged by the CLI
itself (`--merge`, associative) in a tree that Dask schedules, and the client writes OUTDIR/totals.json and
OUTDIR/report.md. Concatenated, the parts equal the single-process CLI's output on the whole archive.

With --scheduler, the workers of that cluster do the work: each needs node and this repository (built, `npm run
build`) at the same path, and ARCHIVE and OUTDIR on a file system they all see. Without it, a LocalCluster of
--local-workers processes runs on this machine. Dask does the scheduling; this script only builds the graph.
"""
import argparse
import os
import subprocess
import sys
import tempfile

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_cli(cli, args, stdin_text):
    """Runs the CLI with node; returns its stdout, raises with its stderr when it fails."""
    r = subprocess.run(["node", cli, *args], input=stdin_text.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise RuntimeError(f"who-said-what {' '.join(args)} failed ({r.returncode}): {r.stderr.decode('utf-8', 'replace')}")
    return r.stdout.decode("utf-8")


def map_partition(lines, index, outdir, cli, cli_jobs, lang):
    """The map step: one partition's analyses to OUTDIR/part-NNNNN.jsonl; its totals (one JSON line) returned."""
    with tempfile.TemporaryDirectory() as tmp:
        totals = os.path.join(tmp, "totals.json")
        args = ["--input", "jsonl", "--format", "jsonl", "--jobs", str(cli_jobs), "--totals", totals]
        if lang:
            args += ["--lang", lang]
        out = run_cli(cli, args, "".join(line if line.endswith("\n") else line + "\n" for line in lines))
        with open(os.path.join(outdir, f"part-{index:05d}.jsonl"), "w", encoding="utf-8") as f:
            f.write(out)
        with open(totals, encoding="utf-8") as f:
            return f.read()


def merge_totals(parts, cli):
    """The reduce step: totals (JSON lines) merged by the CLI, as one canonical JSON line."""
    return run_cli(cli, ["--merge", "--format", "totals"], "".join(parts))


def build(archive, outdir, cli, blocksize, cli_jobs, lang, fan_in):
    """The graph: a map task per partition, then merges of at most `fan_in` totals until one is left."""
    partitions = db.read_text(archive, blocksize=blocksize).to_delayed()
    level = [dask.delayed(map_partition)(p, i, outdir, cli, cli_jobs, lang) for i, p in enumerate(partitions)]
    while len(level) > 1:
        level = [dask.delayed(merge_totals)(level[i:i + fan_in], cli) for i in range(0, len(level), fan_in)]
    return level[0], len(partitions)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("archive")
    ap.add_argument("outdir")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786); default: a LocalCluster")
    ap.add_argument("--local-workers", type=int, default=2)
    ap.add_argument("--blocksize", default="64MB", help="bytes of the archive per partition (dask.bag.read_text)")
    ap.add_argument("--cli", default=os.path.join(ROOT, "bin", "who-said-what.js"))
    ap.add_argument("--cli-jobs", type=int, default=1, help="worker threads of each CLI run (Dask runs the partitions in parallel)")
    ap.add_argument("--lang", choices=["fr", "en"])
    ap.add_argument("--merge-fan-in", type=int, default=16, help="totals merged by one reduce task")
    a = ap.parse_args(argv)
    os.makedirs(a.outdir, exist_ok=True)
    archive, outdir = os.path.abspath(a.archive), os.path.abspath(a.outdir)
    if a.scheduler:
        client, cluster = Client(a.scheduler), None
    else:
        cluster = LocalCluster(n_workers=a.local_workers, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        graph, n = build(archive, outdir, a.cli, a.blocksize, a.cli_jobs, a.lang, max(2, a.merge_fan_in))
        totals = client.compute(graph).result()
        if n == 1:  # a single partition's totals were never merged: make them canonical as well
            totals = merge_totals([totals], a.cli)
    finally:
        client.close()
        if cluster:
            cluster.close()
    with open(os.path.join(outdir, "totals.json"), "w", encoding="utf-8") as f:
        f.write(totals)
    with open(os.path.join(outdir, "report.md"), "w", encoding="utf-8") as f:
        f.write(run_cli(a.cli, ["--merge", "--format", "report"], totals))
    print(f"{n} partitions -> {outdir}/part-*.jsonl, totals.json, report.md", file=sys.stderr)


if __name__ == "__main__":
    main()
