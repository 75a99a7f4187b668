#!/usr/bin/env bash
# Records every public symbol the analyzer reports as undeclared (RS0016) in PublicAPI.Unshipped.txt, and drops
# declared symbols that no longer exist (RS0017). Run it after an intended API change, then review the diff:
# the diff of PublicAPI.*.txt is the API review.
set -euo pipefail
cd "$(dirname "$0")/.."
# The core library and the companion packages, each with its own PublicAPI.*.txt.
for project in src/PolicingModel src/PolicingModel.Columnar; do
log=$(mktemp)
dotnet build "$project" -c Debug --no-incremental -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
python3 - "$log" "$project/PublicAPI.Unshipped.txt" "$project/PublicAPI.Shipped.txt" "$(pwd)/$project/" <<'PY'
import re, sys
log, unshipped, shipped, folder = sys.argv[1:5]
# Only this project's diagnostics (building a companion package builds the core library too).
text = "\n".join(l for l in open(log, encoding="utf-8").read().splitlines() if l.lstrip().startswith(folder) or "[" + folder in l)
added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared (?:public )?API, but is either not public or could not be found", text))
lines = [l.rstrip("\n") for l in open(unshipped, encoding="utf-8") if l.strip() and not l.startswith("#")]
lines = sorted((set(lines) | added) - removed)
with open(unshipped, "w", encoding="utf-8", newline="\n") as f:
    f.write("#nullable enable\n")
    f.writelines(l + "\n" for l in lines)
print(f"{unshipped}: {len(added)} added, {len(removed)} removed, {len(lines)} in all")
PY
done
