// Read the CI examples in docs/ci (a GitHub Actions workflow and a GitLab CI
// file) with the `yaml` package pinned in tests/schema/package.json, and
// print what a test needs to run them:
//
//   node ci_examples.mjs commands FILE   one line per plancheck command, as
//       shell words: the job, when it runs (always|schedule|not-schedule),
//       the number of variables, NAME=VALUE for each, then the command
//   node ci_examples.mjs packages FILE   the packages its apt-get installs
//
// It fails when the file is not YAML, or is not laid out as its CI reads it.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(fileURLToPath(new URL("../schema/package.json", import.meta.url)));
const YAML = require("yaml");

const [mode, file] = process.argv.slice(2);
const fail = (message) => {
  console.error(`${file}: ${message}`);
  process.exit(1);
};
const doc = YAML.parseDocument(readFileSync(file, "utf8"), { prettyErrors: true });
if (doc.errors.length > 0) fail(doc.errors.map((e) => e.message).join("\n"));
const data = doc.toJS({ maxAliasCount: 100 });
const github = basename(file).startsWith("github");

// Shell lines of a script, continuation lines joined.
const lines = (script) => script.replace(/\\\n\s*/g, " ").split("\n").map((l) => l.trim()).filter(Boolean);
const quote = (word) => `'${String(word).replaceAll("'", `'\\''`)}'`;

// Each job as {name, when, variables, scripts}.
function jobs() {
  if (github) {
    if (!data.on || !data.jobs) fail("a workflow needs `on` and `jobs`");
    return Object.entries(data.jobs).map(([name, job]) => {
      const condition = job.if ?? "";
      const when = /github\.event_name\s*==\s*'schedule'/.test(condition)
        ? "schedule"
        : /github\.event_name\s*!=\s*'schedule'/.test(condition)
          ? "not-schedule"
          : "always";
      if (!Array.isArray(job.steps)) fail(`job ${name} has no steps`);
      return job.steps.map((step) => ({
        name,
        when,
        variables: { ...data.env, ...job.env, ...step.env },
        scripts: step.run ? [step.run] : [],
      }));
    }).flat();
  }
  const keywords = new Set(["variables", "default", "stages", "include", "workflow", "image", "services", "cache",
    "before_script", "after_script"]);
  return Object.entries(data)
    .filter(([name]) => !keywords.has(name) && !name.startsWith("."))
    .map(([name, job]) => {
      const rules = (job.rules ?? []).map((r) => r.if ?? "").join(" ");
      const when = /\$CI_PIPELINE_SOURCE\s*==\s*"schedule"/.test(rules)
        ? "schedule"
        : /\$CI_PIPELINE_SOURCE\s*!=\s*"schedule"/.test(rules)
          ? "not-schedule"
          : "always";
      if (!Array.isArray(job.script)) fail(`job ${name} has no script list`);
      const scripts = [job.before_script, job.script, job.after_script].flat(Infinity).filter(Boolean);
      return { name, when, variables: { ...data.variables, ...job.variables }, scripts };
    });
}

if (mode === "commands") {
  for (const job of jobs()) {
    for (const line of job.scripts.flatMap(lines)) {
      if (!line.startsWith("plancheck ")) continue;
      const variables = Object.entries(job.variables).map(([k, v]) => `${k}=${v}`);
      console.log([job.name, job.when, variables.length, ...variables, line].map(quote).join(" "));
    }
  }
} else if (mode === "packages") {
  const packages = new Set();
  for (const job of jobs()) {
    for (const line of job.scripts.flatMap(lines)) {
      const install = line.match(/apt-get install (.*)$/);
      if (install) install[1].split(/\s+/).filter((w) => w && !w.startsWith("-")).forEach((p) => packages.add(p));
    }
  }
  console.log([...packages].sort().join("\n"));
} else {
  fail(`unknown mode ${mode}`);
}
