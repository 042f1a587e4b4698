# Sourced by the benchmark scripts. hindsight_under_test DIR prints the hindsight to measure: $HINDSIGHT when set
# (another build), else the tool as users install it (precompiled, the log engine jitted), installed into DIR.
hindsight_under_test() {
  if [ -n "${HINDSIGHT:-}" ]; then
    echo "$HINDSIGHT"
  else
    "$(dirname "${BASH_SOURCE[0]}")/../build.sh" install "$1/tool" >&2 || return 1
    echo "$1/tool/hindsight"
  fi
}
