// Independent validator for plancheck plan, report, decision and request files.
//
// Checks YAML files against schemas/plan.schema.json,
// schemas/report.schema.json, schemas/decision.schema.json and
// schemas/request.schema.json with npm's
// `yaml` (YAML 1.2, core schema, so dates stay strings) and `ajv` (JSON
// Schema draft-07), independently of the C++ parser, to cross-check
// plancheck and the schemas.
//
// Set up once:  cd tests/schema && npm ci
// Run:          node tests/schema/validate.mjs FILE...
//
// A file named plan.yaml or plan.yml is checked against the plan schema, a
// file below the decisions/ folder of the nearest folder holding a plan.yaml
// against the decision schema, one below its requests/ folder against the
// request schema, any other file against the report schema.
// One line per file is printed:
//   <file>: valid
//   <file>: invalid: <first error>
// A file that cannot be read, does not parse (or draws a YAML warning, such as
// an unknown tag), has a duplicate key, a map key that is not a string (an
// unquoted number), an anchor or alias, more than one document, or no content
// is invalid. Exit status: 0 all valid, 1 some invalid, 2 usage error.

import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { parseAllDocuments, visit, isAlias, isMap, isScalar } from 'yaml';

const USAGE = 'usage: node tests/schema/validate.mjs FILE...';

const schemaDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

function loadSchema(name) {
  return JSON.parse(readFileSync(join(schemaDir, name), 'utf8'));
}

// The compiled schemas: { plan, report, decision, request }, each a function
// (data) => boolean with the errors of the last call in its `errors`. Throws
// when the schemas cannot be read or compiled.
export function compileSchemas() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return {
    plan: ajv.compile(loadSchema('plan.schema.json')),
    report: ajv.compile(loadSchema('report.schema.json')),
    decision: ajv.compile(loadSchema('decision.schema.json')),
    request: ajv.compile(loadSchema('request.schema.json')),
  };
}

// Which schema a file is checked against: plan.yaml and plan.yml are plans,
// files below the decisions/ folder of their plan (the nearest folder above
// holding plan.yaml) are decisions, below its requests/ folder requests,
// every other file is a report.
export function schemaKind(file) {
  const name = basename(file);
  if (name === 'plan.yaml' || name === 'plan.yml') return 'plan';
  let dir = dirname(resolve(file));
  for (;;) {
    if (existsSync(join(dir, 'plan.yaml'))) {
      const top = relative(dir, resolve(file)).split(sep)[0];
      if (top === 'decisions') return 'decision';
      return top === 'requests' ? 'request' : 'report';
    }
    const parent = dirname(dir);
    if (parent === dir) return 'report';
    dir = parent;
  }
}

// Check one file: null when it is valid, else a one-line description of the
// first problem.
export function validateFile(file, schemas) {
  const problem = checkFile(file, schemas[schemaKind(file)]);
  return problem === null ? null : oneLine(problem);
}

function main(argv) {
  const files = [];
  let endOfOptions = false;
  for (const arg of argv) {
    if (!endOfOptions && arg === '--') {
      endOfOptions = true;
    } else if (!endOfOptions && arg.startsWith('-') && arg !== '-') {
      process.stderr.write(`validate.mjs: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  let schemas;
  try {
    schemas = compileSchemas();
  } catch (e) {
    process.stderr.write(`validate.mjs: cannot load schemas from ${schemaDir}: ${e.message}\n`);
    return 2;
  }

  let allValid = true;
  for (const file of files) {
    const problem = validateFile(file, schemas);
    if (problem === null) {
      process.stdout.write(`${file}: valid\n`);
    } else {
      allValid = false;
      process.stdout.write(`${file}: invalid: ${problem}\n`);
    }
  }
  return allValid ? 0 : 1;
}

function oneLine(s) {
  return String(s).replace(/\s+/g, ' ').trim();
}

// Returns null when the file is valid, else a one-line description of the
// first problem.
function checkFile(file, validate) {
  let text;
  try {
    text = readFileSync(file);
  } catch (e) {
    return `cannot read file: ${e.code || e.message}`;
  }
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(text);
  } catch {
    return 'not valid UTF-8';
  }

  const options = {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    merge: false,
  };
  let docs;
  try {
    docs = parseAllDocuments(text, options);
  } catch (e) {
    return `YAML error: ${e.message}`;
  }
  if (!Array.isArray(docs)) docs = []; // an EmptyStream: no document at all
  if (docs.length === 0) return 'empty document';
  if (docs.length > 1) return `more than one YAML document (${docs.length})`;
  const doc = docs[0];

  if (doc.errors.length > 0) return `YAML error: ${doc.errors[0].message}`;
  if (doc.warnings.length > 0) return `YAML warning: ${doc.warnings[0].message}`;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return 'empty document';
  }

  let structural = null;
  visit(doc, (key, node) => {
    if (isAlias(node)) {
      structural = `alias *${node.source} is not allowed`;
      return visit.BREAK;
    }
    if (node && node.anchor) {
      structural = `anchor &${node.anchor} is not allowed`;
      return visit.BREAK;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = pair.key;
        if (!isScalar(k) || typeof k.value !== 'string') {
          const shown = isScalar(k) ? String(k.value) : (k === null ? 'null' : 'a collection');
          structural = `map key ${shown} is not a string (quote it)`;
          return visit.BREAK;
        }
      }
    }
    return undefined;
  });
  if (structural) return structural;

  let data;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    return `YAML error: ${e.message}`;
  }

  if (validate(data)) return null;
  return describeError(pickError(validate.errors));
}

function within(scope, path) {
  return path === scope || path.startsWith(`${scope}/`);
}

function depth(path) {
  return path === '' ? 0 : path.split('/').length - 1;
}

// How telling an error is when several alternatives (oneOf) all failed: a
// type mismatch usually only says that another alternative was meant.
const KEYWORD_RANK = { type: 0, enum: 1, const: 1, required: 2, additionalProperties: 3 };

// The first error, except that when it comes from a failed oneOf/anyOf, the
// most specific error below that oneOf is chosen: the deepest one, then by
// KEYWORD_RANK, then in ajv's order.
function pickError(errors) {
  const first = errors[0];
  let scope = null;
  for (const e of errors) {
    if ((e.keyword === 'oneOf' || e.keyword === 'anyOf') && within(e.instancePath, first.instancePath) &&
        (scope === null || e.instancePath.length < scope.length)) {
      scope = e.instancePath;
    }
  }
  if (scope === null) return first;
  const candidates = errors
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => !['oneOf', 'anyOf', 'if'].includes(e.keyword) && within(scope, e.instancePath));
  if (candidates.length === 0) return first;
  const rank = (e) => (e.keyword in KEYWORD_RANK ? KEYWORD_RANK[e.keyword] : 4);
  candidates.sort((a, b) => depth(b.e.instancePath) - depth(a.e.instancePath) ||
    rank(b.e) - rank(a.e) || a.i - b.i);
  return candidates[0].e;
}

function pointer(path) {
  return path === '' ? '/' : path;
}

function describeError(err) {
  const where = pointer(err.instancePath);
  const p = err.params || {};
  if (err.propertyName !== undefined) {
    return `${where}: invalid key "${err.propertyName}": ${err.message}`;
  }
  switch (err.keyword) {
    case 'additionalProperties':
      return `${where}: unknown key "${p.additionalProperty}"`;
    case 'required':
      return `${where}: missing required key "${p.missingProperty}"`;
    case 'propertyNames':
      return `${where}: invalid key "${p.propertyName}"`;
    case 'const':
      return `${where}: must be ${JSON.stringify(p.allowedValue)}`;
    case 'enum':
      return `${where}: must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'dependencies':
      return `${where}: "${p.property}" requires "${p.missingProperty}"`;
    default:
      return `${where}: ${err.message}`;
  }
}

// Run as a program, not when imported.
function isMain() {
  try {
    return process.argv[1] !== undefined &&
      pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isMain()) {
  process.exitCode = main(process.argv.slice(2));
}
