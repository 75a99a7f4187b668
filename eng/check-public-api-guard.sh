#!/usr/bin/env bash
# Shows that the public API is guarded: in a scratch copy of the library, delete one public member without touching
# PublicAPI.*.txt and expect the build to fail with RS0017 ("part of the declared API, but could not be found").
set -uo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp global.json Directory.Build.props Directory.Packages.props .editorconfig "$scratch"/
mkdir -p "$scratch/src"
cp -r src/PolicingModel "$scratch/src/"
rm -rf "$scratch/src/PolicingModel/bin" "$scratch/src/PolicingModel/obj"

file="$scratch/src/PolicingModel/Reference/Ethnicities.cs"
member='    public static string CodeOf(OfficerDefinedEthnicity ethnicity) => WireCodes.ToCode(ethnicity);'
grep -qxF "$member" "$file" || { echo "api guard: the member to remove is no longer in $file; pick another"; exit 1; }
# Drop the member and the XML doc lines just above it.
python3 - "$file" "$member" <<'PY'
import sys
path, member = sys.argv[1:3]
lines = open(path, encoding="utf-8").read().split("\n")
i = lines.index(member)
start = i
while start > 0 and lines[start - 1].lstrip().startswith("///"):
    start -= 1
del lines[start:i + 1]
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY

log="$scratch/build.log"
if dotnet build "$scratch/src/PolicingModel" -c Release > "$log" 2>&1; then
  echo "api guard: FAILED: removing Ethnicities.CodeOf(OfficerDefinedEthnicity) without updating PublicAPI.*.txt still built"
  exit 1
fi
if ! grep -q "RS0017" "$log"; then
  echo "api guard: FAILED: the build failed, but not with RS0017:"; tail -n 20 "$log"; exit 1
fi
echo "api guard: removing a public member without updating PublicAPI.*.txt fails the build:"
grep -m1 -o "error RS0017: .*API" "$log"
