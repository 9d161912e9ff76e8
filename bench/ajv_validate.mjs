// The side of the benchmark that validates with ajv: every plan, report,
// decision and request file below the folders given, parsed with npm's
// `yaml` and checked against the schema of its kind in schemas/ with `ajv`
// (JSON Schema draft-07), as tests/schema/validate.mjs does file by file.
//
// usage: node bench/ajv_validate.mjs FOLDER...
// Prints "N files, M invalid"; exit status 0 all valid, 1 some invalid.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parse } from 'yaml';

const schemaDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
const ajv = new Ajv({ allErrors: true, strict: false });
const schema = (name) => ajv.compile(JSON.parse(readFileSync(join(schemaDir, name), 'utf8')));
const validators = {
  plan: schema('plan.schema.json'),
  report: schema('report.schema.json'),
  decision: schema('decision.schema.json'),
  request: schema('request.schema.json'),
};

// Every YAML file below `folder` with the kind its place says: plan.yaml is
// a plan, below decisions/ a decision, below requests/ a request, else a report.
function* files(folder, kind) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      const inner = entry.name === 'decisions' ? 'decision'
        : entry.name === 'requests' ? 'request' : entry.name === 'reports' ? 'report' : kind;
      yield* files(path, inner);
    } else if (entry.name.endsWith('.yaml')) {
      yield [path, entry.name === 'plan.yaml' ? 'plan' : kind];
    }
  }
}

let count = 0;
let invalid = 0;
for (const folder of process.argv.slice(2)) {
  for (const [path, kind] of files(folder, 'report')) {
    count += 1;
    let ok;
    try {
      // YAML 1.2 core schema: dates stay strings, as the schemas expect.
      ok = validators[kind](parse(readFileSync(path, 'utf8'), { schema: 'core' }));
    } catch {
      ok = false;
    }
    if (!ok) {
      invalid += 1;
    }
  }
}
console.log(`${count} files, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);
