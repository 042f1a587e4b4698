#!/usr/bin/env bash
# One entry point for people and CI. Each verb installs what it needs first, so it works on a fresh Debian machine
# that has only the .NET SDK.
#   ./build.sh run        build the CLI and run it on the BooktifuL sample
#   ./build.sh test       install test dependencies, build everything, run every test
#   ./build.sh evaluate   score the engines against ../shared/corpus (fails below target)
#   ./build.sh install [DIR]  install the hindsight tool, precompiled for this machine: globally, or into DIR
set -euo pipefail
cd "$(dirname "$0")"

configuration=Release
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Debian packages the tests and evaluations drive for real: a spell checker, a browser for PDF and browser tests,
# PDF tools to look at what was rendered, fonts so PDFs look the same everywhere, and lnav for the log benchmark.
test_packages=(hunspell hunspell-en-us hunspell-en-gb chromium poppler-utils fonts-dejavu-core fonts-liberation2)

install_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

hindsight() {
  dotnet run --project src/Hindsight.Cli -c "$configuration" --no-build -- "$@"
}

run() {
  dotnet build src/Hindsight.Cli -c "$configuration" -v quiet -nologo
  echo "== hindsight validate samples/booktiful/postmortem.md"
  hindsight validate samples/booktiful/postmortem.md
  echo "== hindsight show samples/booktiful/postmortem.md"
  hindsight show samples/booktiful/postmortem.md
}

test() {
  install_packages "${test_packages[@]}"
  dotnet build Hindsight.slnx -c "$configuration" -v quiet -nologo
  # Code style is part of the build contract: fail on unformatted code rather than reformatting silently.
  dotnet format Hindsight.slnx --verify-no-changes --no-restore
  local log
  log=$(mktemp)
  set +e
  # Tests must not read or leave answers in the user's spelling cache (~/.cache/hindsight); cache tests name their own.
  # A test that hangs is named and fails the run after five minutes instead of holding CI to its time limit.
  HINDSIGHT_NO_CACHE=1 dotnet test Hindsight.slnx -c "$configuration" --no-build --logger "console;verbosity=minimal" \
    --blame-hang-timeout 5m --blame-hang-dump-type none 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  # One closing line for all test projects, in the plain form CI systems read.
  awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") failed += $(i+1); if ($i == "Passed:") passed += $(i+1) } }
       END { printf "Tests: %d passed, %d failed\n", passed, failed }' "$log"
  rm -f "$log"
  [ "$status" -eq 0 ] || return "$status"
  installed_tool_check
}

# The tool as users install it: packed for this machine's runtime identifier, so precompiled (ReadyToRun), and
# installed globally or into a tool folder. The package cache is a scratch one, so that an earlier package of the
# same version cannot stand in for this one.
install() {
  local tool_path=${1:-} rid scratch package version status=0
  rid=$(dotnet msbuild src/Hindsight.Cli -getProperty:NETCoreSdkRuntimeIdentifier 2>/dev/null | tr -d '[:space:]')
  if [ -z "$rid" ]; then
    echo "install: the .NET SDK names no runtime identifier for this machine; pack by hand with -r RID" >&2
    return 2
  fi
  if [ -n "$tool_path" ] && [ -e "$tool_path" ] && [ -n "$(ls -A "$tool_path" 2>/dev/null)" ] && [ ! -d "$tool_path/.store" ]; then
    # Installing replaces the folder, so it must be empty or hold an earlier install, never anything else.
    echo "install: $tool_path is not empty and holds no earlier install of the tool; name a new folder" >&2
    return 2
  fi
  scratch=$(mktemp -d)
  dotnet pack src/Hindsight.Cli -c "$configuration" -r "$rid" -o "$scratch/artifacts" -v quiet -nologo || status=1
  package=$(find "$scratch/artifacts" -name 'Hindsight.Cli.*.nupkg' 2>/dev/null | head -n 1)
  version=${package##*/Hindsight.Cli.}
  version=${version%.nupkg}
  if [ "$status" -eq 0 ] && [ -z "$package" ]; then
    echo "install: dotnet pack wrote no package" >&2
    status=1
  fi
  # The version is pinned, so that no other package source can offer a higher one in its place.
  if [ "$status" -eq 0 ] && [ -n "$tool_path" ]; then
    rm -rf "$tool_path"
    NUGET_PACKAGES="$scratch/packages" dotnet tool install --tool-path "$tool_path" --add-source "$scratch/artifacts" \
      --version "$version" Hindsight.Cli > /dev/null || status=1
  elif [ "$status" -eq 0 ]; then
    dotnet tool uninstall --global Hindsight.Cli > /dev/null 2>&1 || true
    NUGET_PACKAGES="$scratch/packages" dotnet tool install --global --add-source "$scratch/artifacts" --version "$version" Hindsight.Cli || status=1
  fi
  rm -rf "$scratch"
  return "$status"
}

# The installed tool must find what the build finds: precompiled code is a second compilation of the same source.
installed_tool_check() {
  local tool status=0
  tool=$(mktemp -d)
  echo "== the installed tool (precompiled)"
  install "$tool/hindsight" || { rm -rf "$tool"; return 1; }
  "$tool/hindsight/hindsight" validate samples/booktiful/postmortem.md || status=1
  HINDSIGHT_NO_CACHE=1 "$tool/hindsight/hindsight" lint samples/booktiful/postmortem.md > "$tool/tool.txt" || status=1
  HINDSIGHT_NO_CACHE=1 hindsight lint samples/booktiful/postmortem.md > "$tool/build.txt" || status=1
  diff "$tool/build.txt" "$tool/tool.txt" || { echo "the installed tool's lint differs from the build's" >&2; status=1; }
  rm -rf "$tool"
  [ "$status" -eq 0 ] && echo "installed tool: ok"
  return "$status"
}

evaluate() {
  local shared="${HINDSIGHT_SHARED:-../shared}"
  if [ ! -d "$shared/corpus" ]; then
    echo "evaluate: no corpus at $shared/corpus (set HINDSIGHT_SHARED)" >&2
    return 2
  fi
  local status=0
  for project in bench/*/*.csproj; do
    [ -e "$project" ] || continue
    grep -q '<IsEvaluation>true</IsEvaluation>' "$project" || continue
    echo "== $(basename "$(dirname "$project")")"
    dotnet run --project "$project" -c "$configuration" -- --corpus "$shared/corpus" || status=1
  done
  evaluate_parse_end_to_end "$shared/corpus" || status=1
  return "$status"
}

# Grouping accuracy of the whole `hindsight logs parse` path (header splitting, then mining) on the raw Loghub logs,
# scored by the same program against the same ground truth.
evaluate_parse_end_to_end() {
  local corpus=$1 parsed
  parsed=$(mktemp -d)
  echo "== LoghubGrouping, end to end through hindsight logs parse"
  dotnet build src/Hindsight.Cli -c "$configuration" -v quiet -nologo > /dev/null
  for dir in "$corpus"/loghub/*/; do
    local system log
    system=$(basename "$dir")
    log="$dir/loghub-2.0/${system}_2k.log"
    [ -f "$log" ] || log="$dir/logparser-corrected/${system}_2k.log"
    [ -f "$log" ] || continue
    hindsight logs parse "$log" --out "$parsed/$system.csv" --quiet --tz UTC --year 2020 || { rm -rf "$parsed"; return 1; }
  done
  local status=0
  dotnet run --project bench/LoghubGrouping -c "$configuration" -- --corpus "$corpus" --predicted "$parsed" || status=1
  rm -rf "$parsed"
  return "$status"
}

case "${1:-}" in
  run) run ;;
  test) test ;;
  evaluate) evaluate ;;
  install) install "${2:-}" ;;
  *) echo "usage: ./build.sh run|test|evaluate|install [DIR]" >&2; exit 2 ;;
esac
