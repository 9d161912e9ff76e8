// Agreement between plancheck and the JSON Schemas.
//
// Run:  node tests/schema/agreement.mjs --plancheck PATH_TO_BINARY [--root REPO]
//
// For every end-to-end case below tests/e2e/validate/ (a folder with an `args`
// file) and every plan folder below plans/, the YAML files are validated with
// the logic of validate.mjs (npm `yaml` + `ajv`) and compared with plancheck,
// which is run the way tests/e2e/run_case.cmake runs it:
//
//   (a) when plancheck accepts a case (exit status 0, as `expected/status`
//       also records), every YAML file of the case must be schema-valid;
//       every file of a shipped plan must be schema-valid, and plancheck
//       must accept the plan;
//   (b) a case with a marker file `schema-level` has only errors that a JSON
//       Schema can see (unknown or missing keys, types, enums, id and date
//       patterns, the format version, YAML syntax, duplicate keys, anchors,
//       empty files, several documents): plancheck must reject it, and at
//       least one of its files must be schema-invalid.
//
// The YAML files of a case are every *.yaml and *.yml file in its folder, at
// any depth, except under expected/. Cases whose `args` name paths outside the
// case folder, cases that are not about files (no `validate` or `check`
// command, or --help / --version) and cases without YAML files are skipped.
//
// One line per case: `ok CASE`, `skip CASE: why` or `MISMATCH CASE: why`,
// then `N passed, M failed`. Exit status: 0 all agree, 1 a mismatch, 2 usage.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSchemas, validateFile } from './validate.mjs';

const USAGE = 'usage: node tests/schema/agreement.mjs --plancheck PATH_TO_BINARY [--root REPO]';

// Options of plancheck that take a value (as the next argument).
const VALUE_OPTIONS = new Set([
  '--lang', '--color', '--as-of', '--within', '--agency', '--duty', '--task', '--year',
  '--status', '--format', '--fail-on',
]);
const COMMANDS = new Set(['validate', 'check']);

// The environment run_case.cmake gives plancheck.
const CLEARED_VARIABLES = [
  'LANG', 'LC_ALL', 'LC_MESSAGES', 'PLANCHECK_LANG', 'NO_COLOR', 'PLANCHECK_FROM',
  'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'TZ',
];

function parseArguments(argv) {
  const options = { plancheck: null, root: resolve(dirname(fileURLToPath(import.meta.url)), '..', '..') };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (name === '--plancheck' || name === '--root') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { error: `${name} needs a value` };
      options[name.slice(2)] = resolve(value);
    } else if (name === '-h' || name === '--help') {
      return { help: true };
    } else {
      return { error: `unknown argument ${arg}` };
    }
  }
  if (options.plancheck === null) return { error: '--plancheck is required' };
  return options;
}

function readLines(file) {
  return readFileSync(file, 'utf8').split('\n').map((line) => line.replace(/\r$/, ''));
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// Folders below `dir` (itself included) that hold an `args` file, sorted.
function caseFolders(dir) {
  const found = [];
  const walk = (folder) => {
    const entries = readdirSync(folder, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === 'args')) found.push(folder);
    for (const e of entries) {
      if (e.isDirectory() && e.name !== 'expected') walk(join(folder, e.name));
    }
  };
  if (isDirectory(dir)) walk(dir);
  return found.sort();
}

// Every regular *.yaml / *.yml file below `dir`, but not below `dir`/expected.
function yamlFiles(dir) {
  const found = [];
  const walk = (folder, top) => {
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, e.name);
      if (e.isDirectory()) {
        if (!(top && e.name === 'expected')) walk(path, false);
      } else if (e.isFile() && /\.ya?ml$/.test(e.name)) {
        found.push(path);
      }
    }
  };
  walk(dir, true);
  return found.sort();
}

// Why a case is not about the files in its folder, or null.
function skipReason(args, caseDir) {
  if (args.some((a) => a === '--help' || a === '-h' || a === '--version')) {
    return 'not about files (help or version)';
  }
  let command = null;
  const paths = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (VALUE_OPTIONS.has(arg)) {
      i += 1;
    } else if (arg.startsWith('-')) {
      // a flag, or --option=value
    } else if (command === null) {
      command = arg;
    } else {
      paths.push(arg);
    }
  }
  if (!COMMANDS.has(command)) return 'not about files (no validate or check command)';
  const outside = paths.filter((p) => {
    if (isAbsolute(p)) return true;
    const rel = relative(caseDir, resolve(caseDir, p));
    return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  });
  if (outside.length > 0) return `args name paths outside the case folder (${outside.join(', ')})`;
  return null;
}

function caseEnvironment(caseDir) {
  const env = { ...process.env };
  for (const name of CLEARED_VARIABLES) delete env[name];
  env.LANG = 'C.UTF-8';
  const envFile = join(caseDir, 'env');
  if (existsSync(envFile)) {
    for (const line of readLines(envFile)) {
      const eq = line.indexOf('=');
      if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return env;
}

// Run plancheck; return its exit status, or a string saying why there is none.
function runPlancheck(plancheck, args, cwd, env) {
  const result = spawnSync(plancheck, args, { cwd, env, encoding: 'buffer', timeout: 60000 });
  if (result.error) return `plancheck did not run: ${result.error.message}`;
  if (result.status === null) return `plancheck was ended by ${result.signal}`;
  return result.status;
}

// Schema verdicts of `files`: [{ file, problem }], problem null when valid.
function schemaVerdicts(files, schemas, base) {
  return files.map((file) => {
    let problem;
    try {
      problem = validateFile(file, schemas);
    } catch (e) {
      problem = `validator failed: ${e.message}`;
    }
    return { file: relative(base, file).split(sep).join('/'), problem };
  });
}

function checkCase(caseDir, name, plancheck, schemas) {
  const args = readLines(join(caseDir, 'args')).filter((line) => line !== '');
  const skip = skipReason(args, caseDir);
  if (skip !== null) return { verdict: 'skip', why: skip };
  const files = yamlFiles(caseDir);
  if (files.length === 0) return { verdict: 'skip', why: 'no YAML files' };

  const statusFile = join(caseDir, 'expected', 'status');
  const expected = existsSync(statusFile) ? Number(readFileSync(statusFile, 'utf8').trim()) : null;
  const status = runPlancheck(plancheck, args, caseDir, caseEnvironment(caseDir));
  if (typeof status !== 'number') return { verdict: 'mismatch', why: status };
  if (expected !== null && status !== expected) {
    return { verdict: 'mismatch', why: `plancheck exits ${status}, expected/status says ${expected}` };
  }

  const verdicts = schemaVerdicts(files, schemas, caseDir);
  const invalid = verdicts.filter((v) => v.problem !== null);
  const problems = [];
  if (status === 0 && invalid.length > 0) {
    problems.push('plancheck accepts it but the schema rejects ' +
      invalid.map((v) => `${v.file} (${v.problem})`).join('; '));
  }
  if (existsSync(join(caseDir, 'schema-level'))) {
    if (status === 0) problems.push('marked schema-level but plancheck accepts it');
    if (invalid.length === 0) {
      problems.push(`marked schema-level but the schema accepts every file (${verdicts.map((v) => v.file).join(', ')})`);
    }
  }
  return problems.length === 0 ? { verdict: 'ok' } : { verdict: 'mismatch', why: problems.join('; ') };
}

function checkShippedPlan(planDir, plancheck, schemas) {
  const files = yamlFiles(planDir);
  const problems = [];
  const invalid = schemaVerdicts(files, schemas, planDir).filter((v) => v.problem !== null);
  if (invalid.length > 0) {
    problems.push('the schema rejects ' + invalid.map((v) => `${v.file} (${v.problem})`).join('; '));
  }
  const env = caseEnvironment(planDir);
  const status = runPlancheck(plancheck, ['validate', planDir], planDir, env);
  if (status !== 0) {
    problems.push(typeof status === 'number' ? `plancheck validate exits ${status}` : status);
  }
  return problems.length === 0 ? { verdict: 'ok' } : { verdict: 'mismatch', why: problems.join('; ') };
}

function main(argv) {
  const options = parseArguments(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.error) {
    process.stderr.write(`agreement.mjs: ${options.error}\n${USAGE}\n`);
    return 2;
  }
  if (!existsSync(options.plancheck)) {
    process.stderr.write(`agreement.mjs: no plancheck binary at ${options.plancheck}\n`);
    return 2;
  }
  let schemas;
  try {
    schemas = compileSchemas();
  } catch (e) {
    process.stderr.write(`agreement.mjs: cannot load the schemas: ${e.message}\n`);
    return 2;
  }

  const work = [];
  const e2e = join(options.root, 'tests', 'e2e');
  for (const dir of caseFolders(join(e2e, 'validate'))) {
    const name = relative(e2e, dir).split(sep).join('/');
    work.push({ name, run: () => checkCase(dir, name, options.plancheck, schemas) });
  }
  const plans = join(options.root, 'plans');
  if (isDirectory(plans)) {
    for (const entry of readdirSync(plans, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const dir = join(plans, entry.name);
      if (entry.isDirectory() && existsSync(join(dir, 'plan.yaml'))) {
        work.push({ name: `plans/${entry.name}`, run: () => checkShippedPlan(dir, options.plancheck, schemas) });
      }
    }
  }
  if (work.length === 0) {
    process.stderr.write(`agreement.mjs: no cases below ${e2e}/validate and no plans below ${plans}\n`);
    return 2;
  }

  let passed = 0;
  let failed = 0;
  for (const { name, run } of work) {
    const result = run();
    if (result.verdict === 'ok') {
      passed += 1;
      process.stdout.write(`ok ${name}\n`);
    } else if (result.verdict === 'skip') {
      process.stdout.write(`skip ${name}: ${result.why}\n`);
    } else {
      failed += 1;
      process.stdout.write(`MISMATCH ${name}: ${result.why}\n`);
    }
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
