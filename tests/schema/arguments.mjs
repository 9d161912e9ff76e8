// The command line of the output schema tests:
//   --plancheck PATH_TO_BINARY [--root REPO]
// Returns {plancheck, root} (root defaults to this checkout), or null on a
// usage error.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function parseArguments(argv) {
  const options = { plancheck: null, root: resolve(dirname(fileURLToPath(import.meta.url)), '..', '..') };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--plancheck' || argv[i] === '--root') {
      options[argv[i].slice(2)] = resolve(argv[++i] ?? '');
    } else {
      return null;
    }
  }
  return options.plancheck ? options : null;
}
