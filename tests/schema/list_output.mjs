// `plancheck list --format json` agrees with schemas/list.schema.json.
//
// Run:  node tests/schema/list_output.mjs --plancheck PATH_TO_BINARY [--root REPO]
//
// Each kind (agencies, groups, tasks, duties) of the shipped plan and of the
// small fixture of the list end-to-end cases is listed as JSON and checked
// with ajv, independently of plancheck. To show that the check can fail,
// each output is also spoiled (a required key removed, an unknown value put
// in) and must then be rejected.
//
// One line per check: `ok …` or `FAIL …: why`. Exit status: 0 all passed,
// 1 a failure, 2 usage.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parseArguments } from './arguments.mjs';

const KINDS = ['agencies', 'groups', 'tasks', 'duties'];
const PLANS = [
  ['plans/binh-phuoc-cnsh-2024', '2026-11-30'],
  ['tests/e2e/list/data/small', '2025-06-15'],
];

// The JSON plancheck lists for `kind` of `plan` as of `asOf`.
function list(options, kind, plan, asOf) {
  const run = spawnSync(options.plancheck,
    ['list', kind, join(options.root, plan), '--as-of', asOf, '--format', 'json'],
    { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', PLANCHECK_LANG: 'en' } });
  if (run.status !== 0) throw new Error(`exit status ${run.status}: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout);
}

// A copy of `output` that the schema must reject.
function spoiled(output, kind) {
  const copy = structuredClone(output);
  const entries = copy.plans[0][kind];
  if (entries.length === 0) {
    delete copy.plans[0][kind];
  } else {
    delete entries[0].id;
  }
  return copy;
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  if (options === null) {
    process.stderr.write('usage: node tests/schema/list_output.mjs --plancheck PATH_TO_BINARY [--root REPO]\n');
    return 2;
  }
  const schema = JSON.parse(readFileSync(join(options.root, 'schemas', 'list.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  let failed = 0;
  const report = (ok, what, why) => {
    process.stdout.write(ok ? `ok ${what}\n` : `FAIL ${what}: ${why}\n`);
    if (!ok) failed += 1;
  };
  for (const [plan, asOf] of PLANS) {
    for (const kind of KINDS) {
      const what = `list ${kind} ${plan} --as-of ${asOf}`;
      let output;
      try {
        output = list(options, kind, plan, asOf);
      } catch (e) {
        report(false, what, e.message);
        continue;
      }
      report(validate(output), what, JSON.stringify(validate.errors?.[0]));
      report(output.kind === kind && output.plans.length === 1, `${what}: one plan of that kind`,
        `kind ${output.kind}, ${output.plans.length} plans`);
      report(!validate(spoiled(output, kind)), `${what}: spoiled, rejected`, 'the schema accepted it');
      const wrongKind = { ...output, kind: KINDS[(KINDS.indexOf(kind) + 1) % KINDS.length] };
      report(!validate(wrongKind), `${what}: another kind's name, rejected`, 'the schema accepted it');
    }
  }
  process.stdout.write(failed === 0 ? 'all passed\n' : `${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
