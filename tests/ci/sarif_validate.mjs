// Validate SARIF logs against the SARIF 2.1.0 JSON Schema (the OASIS
// schema as released, 2.1.0-rtm.5, shipped by Microsoft's
// @microsoft/jest-sarif package), with Ajv, its draft-04 class and
// ajv-formats, all pinned in tests/schema/package.json. Then check what a
// schema cannot: that each result's ruleIndex points at the rule its ruleId
// names (GitHub code scanning reads either).
//
//   node sarif_validate.mjs FILE...
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(fileURLToPath(new URL("../schema/package.json", import.meta.url)));
const Ajv04 = require("ajv-draft-04");
const addFormats = require("ajv-formats");
const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

if (!/SARIF\) Version 2\.1\.0/.test(schema.title)) {
  console.error(`unexpected schema: ${schema.title}`);
  process.exit(2);
}

// The released schema writes one `pattern` (for language tags) that is not a
// valid Unicode regular expression; compile patterns as plain ones, as the
// draft-04 validators of its day did.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function ruleProblems(log) {
  const problems = [];
  log.runs.forEach((run, r) => {
    const rules = run.tool.driver.rules ?? [];
    const ids = new Set();
    for (const rule of rules) {
      if (ids.has(rule.id)) problems.push(`/runs/${r}: rule ${rule.id} listed twice`);
      ids.add(rule.id);
    }
    (run.results ?? []).forEach((result, i) => {
      const where = `/runs/${r}/results/${i}`;
      if (!ids.has(result.ruleId)) problems.push(`${where}: ruleId ${result.ruleId} is not a listed rule`);
      if (result.ruleIndex !== undefined && rules[result.ruleIndex]?.id !== result.ruleId) {
        problems.push(`${where}: ruleIndex ${result.ruleIndex} is not rule ${result.ruleId}`);
      }
    });
  });
  return problems;
}

let failed = 0;
for (const file of process.argv.slice(2)) {
  let log;
  try {
    log = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    console.error(`${file}: not JSON: ${e.message}`);
    failed++;
    continue;
  }
  if (!validate(log)) {
    console.error(`${file}: not valid SARIF 2.1.0:`);
    for (const err of validate.errors) {
      console.error(`  ${err.instancePath || "/"} ${err.message} ${JSON.stringify(err.params)}`);
    }
    failed++;
    continue;
  }
  const problems = ruleProblems(log);
  if (problems.length > 0) {
    console.error(`${file}: inconsistent rules:\n  ${problems.join("\n  ")}`);
    failed++;
    continue;
  }
  const results = log.runs.reduce((n, run) => n + (run.results ?? []).length, 0);
  console.log(`${file}: valid SARIF 2.1.0, ${results} results`);
}
process.exit(failed ? 1 : 0);
