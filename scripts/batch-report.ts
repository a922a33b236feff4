import { createEngine } from '../src/core/engine.js';
import { loadFactCore } from '../src/core/load.js';
import { answerableShare, readBatch, scoreBatch, STYLES } from '../test/questions/blind.js';

/**
 * `npm run -s batch:report -- <batch.json> [--failures]`: scores one blind batch by style. Without
 * `--failures` it prints only the scores, so a fresh batch's first run can be recorded without reading it.
 */
const file = process.argv[2];
if (!file) {
  console.error('usage: batch-report <batch.json> [--failures]');
  process.exit(2);
}
const engine = createEngine(loadFactCore(process.env.FACTS_DIR ?? 'facts'));
const s = scoreBatch(engine, readBatch(file));
const styles = [...STYLES, ...[...s.byStyle.keys()].filter((k) => !(STYLES as readonly string[]).includes(k))];
for (const style of styles) {
  const v = s.byStyle.get(style);
  if (v) console.log(`${style.padEnd(14)} ${v.pass}/${v.total}`);
}
const en = answerableShare(s, ['russian']);
const all = answerableShare(s);
const off = s.byStyle.get('off-topic');
const pct = (p: number, t: number) => (t ? ((100 * p) / t).toFixed(1) : '0.0');
console.log(`answerable, not Russian: ${en.pass}/${en.total} = ${pct(en.pass, en.total)} %`);
console.log(`answerable, all: ${all.pass}/${all.total} = ${pct(all.pass, all.total)} %`);
if (off) console.log(`off-topic abstained: ${off.pass}/${off.total} = ${pct(off.pass, off.total)} %`);
if (process.argv.includes('--failures')) {
  for (const f of s.failures) console.log(`FAIL [${f.q.style}] ${f.q.q}\n     ${f.why}\n     -> ${f.shown}`);
}
