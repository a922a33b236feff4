import { existsSync, readFileSync } from 'node:fs';
import { totalsLine, type Totals } from './totals.js';

/**
 * Prints CI's closing line from the totals reporter's file and the test command's exit code.
 * A missing or empty file means no test ran (the typecheck or lint failed first).
 * Usage: node --import tsx scripts/ci/totals-line.ts <totals.json> <exit code>
 */
const [file = '', code = '1'] = process.argv.slice(2);
const text = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
const totals = text === '' ? undefined : (JSON.parse(text) as Totals);
process.stdout.write(`${totalsLine(totals, Number(code))}\n`);
