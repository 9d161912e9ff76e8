#!/bin/sh
# Run list_output.mjs with node, or report the test skipped (ctest's
# SKIP_RETURN_CODE 77) when `npm ci` has not installed its packages.
#
#   tests/schema/list_output_test.sh NODE PLANCHECK ROOT
set -eu
node=$1
plancheck=$2
root=$3
if [ ! -d "$root/tests/schema/node_modules/ajv" ]; then
  echo "SKIP: tests/schema/node_modules is missing: run 'npm ci' in tests/schema"
  exit 77
fi
exec "$node" "$root/tests/schema/list_output.mjs" --plancheck "$plancheck" --root "$root"
