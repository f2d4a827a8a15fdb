#!/usr/bin/env bash
# The project's C++ formatting (.clang-format) over every tracked .h/.cpp under app/ ui/ tests/
# packaging/ (never CMake files):
#   cmake/clang-format.sh check [SOURCE_DIR]   fails naming each file clang-format would change
#                                              (the format test; exit 77, a skip, without it)
#   cmake/clang-format.sh fix [SOURCE_DIR]     rewrites them in place (./dev format)
set -euo pipefail
mode=${1:-}
cd "${2:-$(dirname "$0")/..}"

clang_format=
for c in clang-format clang-format-16 clang-format-15 clang-format-14; do
    command -v "$c" >/dev/null && { clang_format=$c; break; }
done
if [[ -z $clang_format ]]; then
    echo "clang-format is not installed (apt-get install clang-format): format not checked"
    exit 77
fi

# Tracked files in a git checkout; every file in a tree without .git (git archive, as in CI).
files=()
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    while IFS= read -r -d '' f; do
        [[ -f $f ]] && files+=("$f")
    done < <(git ls-files -z -- 'app/*.h' 'app/*.cpp' 'ui/*.h' 'ui/*.cpp' 'tests/*.h' \
        'tests/*.cpp' 'packaging/*.h' 'packaging/*.cpp')
else
    while IFS= read -r -d '' f; do
        files+=("$f")
    done < <(find app ui tests packaging -type f \( -name '*.h' -o -name '*.cpp' \) -print0 | sort -z)
fi
((${#files[@]} > 0)) || { echo "no sources found in $(pwd)" >&2; exit 1; }

case $mode in
check)
    bad=()
    for f in "${files[@]}"; do
        "$clang_format" --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
    done
    if ((${#bad[@]} > 0)); then
        echo "${#bad[@]} of ${#files[@]} files differ from $("$clang_format" --version | head -n 1):"
        printf '  %s\n' "${bad[@]}"
        echo "./dev format rewrites them; the first differences:"
        "$clang_format" --dry-run "${bad[0]}" 2>&1 | head -n 20
        exit 1
    fi
    echo "${#files[@]} files formatted as .clang-format says"
    ;;
fix)
    "$clang_format" -i "${files[@]}"
    echo "formatted ${#files[@]} files" >&2
    ;;
*)
    echo "usage: cmake/clang-format.sh check|fix [SOURCE_DIR]" >&2
    exit 2
    ;;
esac
