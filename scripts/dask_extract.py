#!/usr/bin/python3
"""Dask distributed driving the zhengwen shard worker: a bag of inputs (WARC/WACZ files, or NDJSON shards of
{"url", "html" | "html_base64", ...} lines), one task per input, each running `zhengwen extract` as a subprocess;
the shard outputs are gathered in input order and joined by `zhengwen merge` into one JSONL and one bundle, with
near-duplicates marked across every shard.

  /usr/bin/python3 scripts/dask_extract.py --out DIR [--workers 2 | --scheduler tcp://HOST:8786] INPUT...

Without --scheduler it starts a LocalCluster on this machine. Writes DIR/corpus.jsonl and DIR/corpus.zip.
Needs Debian's python3-distributed: when it is missing and this runs as root, it installs it with apt-get (and says
so). Every worker needs this repository (with `npm ci` done) at the same path.
"""

import argparse
import os
import shutil
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEBIAN_PYTHON = "/usr/bin/python3"


def ensure_distributed():
    """Import dask.distributed, installing Debian's package first when it is missing and we may."""
    try:
        import distributed  # noqa: F401
        return
    except ImportError:
        pass
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        sys.exit("dask_extract: Dask distributed is missing; install it with: apt-get install python3-distributed")
    print("dask_extract: installing Debian's python3-distributed with apt-get", file=sys.stderr)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "--no-install-recommends", "python3-distributed"]
    if subprocess.run(install, env=env).returncode != 0:
        # A fresh machine has no package lists yet.
        subprocess.run(["apt-get", "update"], check=True, env=env)
        subprocess.run(install, check=True, env=env)
    # Debian's package is installed for Debian's Python, which may not be the one running this script.
    if sys.executable != DEBIAN_PYTHON:
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON, *sys.argv])


def zhengwen(*args):
    """The command line through the repository's own tsx, as `npm run zhengwen` runs it."""
    return [os.path.join(REPO, "node_modules", ".bin", "tsx"), os.path.join(REPO, "lib", "cli", "main.ts"), *args]


def run_shard(path):
    """One task: the shard worker over one input; its JSONL output as text (in the input's order)."""
    if path.endswith(".ndjson") or path.endswith(".jsonl"):
        with open(path, "rb") as stdin:
            done = subprocess.run(zhengwen("extract", "--ndjson", "--quiet", "--jobs", "1"), stdin=stdin, capture_output=True, check=True)
    else:
        done = subprocess.run(zhengwen("extract", "--quiet", "--jobs", "1", path), capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help=".warc, .warc.gz, .wacz, or .ndjson shard")
    parser.add_argument("--out", required=True, help="folder for corpus.jsonl, corpus.zip and the shard outputs")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (without --scheduler)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    args = parser.parse_args()
    ensure_distributed()
    import dask.bag as db
    from distributed import Client, LocalCluster

    inputs = [os.path.abspath(p) for p in args.inputs]
    os.makedirs(args.out, exist_ok=True)
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # One thread per worker process: each task is a subprocess that keeps one core busy.
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None))
    with client:
        outputs = db.from_sequence(inputs, npartitions=len(inputs)).map(run_shard).compute()

    shard_paths = []
    for i, text in enumerate(outputs):
        shard_paths.append(os.path.join(args.out, f"shard-{i:05d}.jsonl"))
        with open(shard_paths[-1], "w", encoding="utf-8") as f:
            f.write(text)
    # The gather step: near-duplicates across all shards, one bundle; no page is extracted again.
    with open(os.path.join(args.out, "corpus.jsonl"), "wb") as out:
        subprocess.run(zhengwen("merge", "--quiet", "--bundle", os.path.join(args.out, "corpus.zip"), *shard_paths), stdout=out, check=True)
    print(f"dask_extract: {len(inputs)} inputs → {os.path.join(args.out, 'corpus.jsonl')} and corpus.zip", file=sys.stderr)


if __name__ == "__main__":
    main()
