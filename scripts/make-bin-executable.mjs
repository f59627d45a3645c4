// tsc writes dist/cli/main.js without the execute bit; the `entente` bin (linked into
// node_modules/.bin by the package's self-reference, so `npx entente` works in a clone) needs it.
import { chmodSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'main.js');
if (existsSync(main)) chmodSync(main, 0o755);
