#!/bin/sh
# Run one of the output schema tests (an .mjs file in this folder) with node,
# or report it skipped (ctest's SKIP_RETURN_CODE 77) when `npm ci` has not
# installed its packages.
#
#   tests/schema/node_test.sh NODE SCRIPT PLANCHECK ROOT
set -eu
node=$1
script=$2
plancheck=$3
root=$4
if [ ! -d "$root/tests/schema/node_modules/ajv" ]; then
  echo "SKIP: tests/schema/node_modules is missing: run 'npm ci' in tests/schema"
  exit 77
fi
exec "$node" "$root/tests/schema/$script" --plancheck "$plancheck" --root "$root"
