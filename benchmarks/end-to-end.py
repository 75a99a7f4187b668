#!/usr/bin/env python3
"""Whole-process timings: the CLI's `breakdown` verb against DuckDB over the same JSON Lines file of arrests.

Publishes the CLI twice (ReadyToRun and Native AOT) and the DuckDB runner (ReadyToRun), writes the generated files
(ArrestData, seed 20261123, a million arrests per seed) unless they exist, reads each file once to put it in the
page cache, then times each tool RUNS times per thread count with /usr/bin/time (wall, user + system CPU, peak
resident memory) and prints the medians as a Markdown table. Every tool's CSV is checked against the others: the
timings are only printed for runs that agree cell for cell.

    python3 benchmarks/end-to-end.py                 # 1,000,000 and 5,000,000 arrests, 1 and 2 threads, 3 runs
    COUNTS=1000000 RUNS=3 python3 benchmarks/end-to-end.py
    python3 benchmarks/end-to-end.py --startup       # start-up only: the verb on a one-arrest file, JIT vs R2R vs AOT
    SKIP_PUBLISH=1 ...                               # reuse the binaries under artifacts/end-to-end
"""
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "artifacts", "end-to-end")
DATA = os.environ.get("DATA", "/tmp/policingmodel-e2e")
COUNTS = [int(c) for c in os.environ.get("COUNTS", "1000000 5000000").split()]
RUNS = int(os.environ.get("RUNS", "3"))
BY = "offence-group,age-band,ethnicity"


def run(args, **kw):
    subprocess.run(args, check=True, cwd=ROOT, **kw)


def publish():
    common = ["-c", "Release", "-r", "linux-x64", "--self-contained", "-warnaserror"]
    run(["dotnet", "publish", "src/PolicingModel.Cli", *common, "-p:PublishReadyToRun=true", "-o", f"{OUT}/cli-r2r"], stdout=subprocess.DEVNULL)
    run(["dotnet", "publish", "src/PolicingModel.Cli", *common, "-p:PublishAot=true", "-o", f"{OUT}/cli-aot"], stdout=subprocess.DEVNULL)
    run(["dotnet", "publish", "benchmarks/PolicingModel.DuckDbRunner", *common, "-p:PublishReadyToRun=true", "-o", f"{OUT}/duckdb"], stdout=subprocess.DEVNULL)
    run(["dotnet", "build", "benchmarks/PolicingModel.Benchmarks", "-c", "Release"], stdout=subprocess.DEVNULL)


def timed(args):
    """(wall s, cpu s, peak MiB, stdout) of one whole process."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *args], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed: {result.stderr[-2000:]}")
    wall, user, system, rss = result.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(rss) / 1024, result.stdout


def medians(args):
    samples = [timed(args) for _ in range(RUNS)]
    return (statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples),
            statistics.median(s[2] for s in samples), samples[0][3])


def rows(csv):
    lines = csv.strip().splitlines()
    return lines[0], sorted(lines[1:])


def startup():
    path = f"{DATA}/one.jsonl"
    os.makedirs(DATA, exist_ok=True)
    run(["dotnet", "run", "--project", "benchmarks/PolicingModel.Benchmarks", "-c", "Release", "--no-build", "--", "--write-arrests-jsonl", "1", path], stdout=subprocess.DEVNULL)
    jit = ["dotnet", "src/PolicingModel.Cli/bin/Release/net10.0/PolicingModel.Cli.dll"]
    print("| start-up (breakdown of one arrest) | wall (median) | CPU | peak memory |")
    print("| --- | --- | --- | --- |")
    for name, exe in [("JIT (dotnet PolicingModel.Cli.dll)", jit), ("ReadyToRun, self-contained", [f"{OUT}/cli-r2r/PolicingModel.Cli"]), ("Native AOT", [f"{OUT}/cli-aot/PolicingModel.Cli"])]:
        wall, cpu, rss, _ = medians([*exe, "breakdown", path, "--by", BY])
        print(f"| {name} | {wall * 1000:.0f} ms | {cpu * 1000:.0f} ms | {rss:.0f} MiB |")


def main():
    if os.environ.get("SKIP_PUBLISH") != "1":
        publish()
    if "--startup" in sys.argv:
        global RUNS
        RUNS = max(RUNS, 5)
        startup()
        return
    os.makedirs(DATA, exist_ok=True)
    print("| arrests | file | threads | tool | wall (median of %d) | CPU | peak memory |" % RUNS)
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for count in COUNTS:
        path = f"{DATA}/arrests-{count}.jsonl"
        if not os.path.exists(path):
            run(["dotnet", "run", "--project", "benchmarks/PolicingModel.Benchmarks", "-c", "Release", "--no-build", "--", "--write-arrests-jsonl", str(count), path], stdout=subprocess.DEVNULL)
        size = os.path.getsize(path)
        run(["cat", path], stdout=subprocess.DEVNULL)  # into the page cache: every tool reads it from memory
        for threads in (1, 2):
            tools = [
                ("breakdown verb (Native AOT)", [f"{OUT}/cli-aot/PolicingModel.Cli", "breakdown", path, "--by", BY, "--format", "csv", "--threads", str(threads)]),
                ("breakdown verb (ReadyToRun)", [f"{OUT}/cli-r2r/PolicingModel.Cli", "breakdown", path, "--by", BY, "--format", "csv", "--threads", str(threads)]),
                ("DuckDB 1.5 (DuckDB.NET runner)", [f"{OUT}/duckdb/PolicingModel.DuckDbRunner", path, "--threads", str(threads)]),
            ]
            outputs = []
            for name, args in tools:
                wall, cpu, rss, csv = medians(args)
                outputs.append(rows(csv))
                print(f"| {count:,} | {size / 1e6:.0f} MB | {threads} | {name} | {wall:.2f} s | {cpu:.2f} s | {rss:.0f} MiB |", flush=True)
            if any(o != outputs[0] for o in outputs):
                sys.exit("the tools disagree: " + repr([o[:1] for o in outputs]))


if __name__ == "__main__":
    main()
