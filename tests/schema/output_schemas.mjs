// `plancheck check --format json` and `plancheck validate --format json`
// agree with schemas/check-output.schema.json and
// schemas/validate-output.schema.json.
//
// Run:  node tests/schema/output_schemas.mjs --plancheck PATH_TO_BINARY [--root REPO]
//
// Every folder below tests/e2e that holds a plan.yaml, and the shipped plan,
// is checked (with --all, so that every obligation is listed) and validated
// as JSON, and each output is checked with ajv, independently of plancheck.
// The outputs together must show every status, a decision, a request, a
// moved deadline and an error, so that each branch of the schemas is met.
// To show that the check can fail, outputs are also spoiled (a key removed,
// an unknown status, a date in another form) and must then be rejected.
//
// One line per failure, and a last line `all passed` or `N failed`.
// Exit status: 0 all passed, 1 a failure, 2 usage.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { parseArguments } from './arguments.mjs';

const AS_OF = '2026-11-30';

// Every folder below `folder` holding a plan.yaml, sorted.
function planFolders(folder) {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      found.push(...planFolders(join(folder, entry.name)));
    } else if (entry.name === 'plan.yaml') {
      found.push(folder);
    }
  }
  return found.sort();
}

// The JSON output of `plancheck ARGS`, or null when it wrote none (exit 2).
function run(options, args) {
  const result = spawnSync(options.plancheck, args,
    { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', PLANCHECK_LANG: 'en' } });
  if (result.status !== 0 && result.status !== 1) return null;
  return JSON.parse(result.stdout);
}

function loadSchema(options, name) {
  const schema = JSON.parse(readFileSync(join(options.root, 'schemas', name), 'utf8'));
  return new Ajv({ allErrors: true, strict: true, strictTypes: false }).compile(schema);
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  if (options === null) {
    process.stderr.write('usage: node tests/schema/output_schemas.mjs --plancheck PATH_TO_BINARY [--root REPO]\n');
    return 2;
  }
  const check = loadSchema(options, 'check-output.schema.json');
  const validate = loadSchema(options, 'validate-output.schema.json');
  let failed = 0;
  const fail = (what, why) => {
    process.stdout.write(`FAIL ${what}: ${why}\n`);
    failed += 1;
  };
  const seen = new Set();
  const folders = [join(options.root, 'plans', 'binh-phuoc-cnsh-2024'),
    ...planFolders(join(options.root, 'tests', 'e2e'))];
  let checked = 0;
  for (const folder of folders) {
    const where = relative(options.root, folder);
    const found = run(options, ['check', folder, '--all', '--as-of', AS_OF, '--format', 'json']);
    if (found !== null) {
      checked += 1;
      if (!check(found)) fail(`check ${where}`, JSON.stringify(check.errors[0]));
      for (const f of found.findings) {
        seen.add(f.status);
        if (f.decision) seen.add('decision');
        if (f.request) seen.add('request');
        if (f.due !== f.due_unadjusted) seen.add('moved');
      }
    }
    const read = run(options, ['validate', folder, '--as-of', AS_OF, '--format', 'json']);
    if (read !== null) {
      if (!validate(read)) fail(`validate ${where}`, JSON.stringify(validate.errors[0]));
      for (const d of read.diagnostics) seen.add(d.severity);
    }
  }
  const wanted = ['overdue', 'incomplete', 'late', 'due-soon', 'pending', 'waived', 'lapsed', 'ok',
    'decision', 'request', 'error', 'warning'];
  for (const w of wanted) {
    if (!seen.has(w)) fail('coverage', `no output shows ${w}`);
  }
  if (checked < 20) fail('coverage', `only ${checked} plans checked`);

  const shipped = join(options.root, 'plans', 'binh-phuoc-cnsh-2024');
  const sample = run(options, ['check', shipped, '--all', '--as-of', AS_OF, '--format', 'json']);
  const spoil = (what, change) => {
    const copy = structuredClone(sample);
    change(copy);
    if (check(copy)) fail(`check, spoiled: ${what}`, 'the schema accepted it');
  };
  spoil('a finding without due_unadjusted', (c) => { delete c.findings[0].due_unadjusted; });
  spoil('an unknown status', (c) => { c.findings[0].status = 'missing'; });
  spoil('a date as DD/MM/YYYY', (c) => { c.findings[0].due = '09/12/2025'; });
  spoil('a summary without lapsed', (c) => { delete c.summary.lapsed; });
  spoil('an extra key', (c) => { c.findings[0].note = ''; });
  const diagnostics = run(options, ['validate', shipped, '--as-of', AS_OF, '--format', 'json']);
  const spoiled = structuredClone(diagnostics);
  spoiled.diagnostics[0].severity = 'note';
  if (validate(spoiled)) fail('validate, spoiled: severity note', 'the schema accepted it');

  process.stdout.write(failed === 0 ? `all passed (${checked} plans)\n` : `${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
