import { createEngine } from '../src/core/engine.js';
import { buildFactCore, readFactFiles } from '../src/core/load.js';
import { grade, score } from '../test/questions/grade.js';
import { QUESTIONS } from '../test/questions/questions.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ABSTENTION } from '../src/core/brief/word-weight.js';
import { answerableShare, BATCH_DIR, readBatch, scoreBatch } from '../test/questions/blind.js';

/**
 * `npm run questions:report [-- --all]`: asks the question set against facts/ and prints the score by tag
 * and every failure with why (`--all` prints every question). Fact problems are reported, not fatal, so the
 * report works while facts are being written.
 */
const { core, errors } = buildFactCore(readFactFiles(process.env.FACTS_DIR ?? 'facts'));
if (errors.length) console.error(`warning: ${errors.length} problem(s) in facts; first: ${errors[0]?.message}`);
const results = grade(createEngine(core), QUESTIONS);
const all = process.argv.includes('--all');

const byTag = new Map<string, { pass: number; total: number }>();
for (const r of results) {
  const t = byTag.get(r.question.tag) ?? { pass: 0, total: 0 };
  t.total++;
  if (r.pass) t.pass++;
  byTag.set(r.question.tag, t);
}
for (const r of results) {
  if (r.pass && !all) continue;
  console.log(`${r.pass ? 'PASS' : 'FAIL'}  [${r.question.tag}] ${r.question.q}`);
  if (!r.pass) console.log(`      ${r.why}`);
  if (all || !r.pass) console.log(`      -> ${r.briefing.answered ? r.briefing.items.map((i) => i.id).join(', ') : 'abstained'}`);
}
console.log('\nby tag:');
for (const [tag, t] of [...byTag].sort()) console.log(`  ${tag.padEnd(16)} ${t.pass}/${t.total}`);
console.log(`\nscore: ${results.filter((r) => r.pass).length}/${results.length} = ${(score(results) * 100).toFixed(1)} % (${core.facts.length} facts)`);

// Precision and recall of abstention over the two numbers it turns on, on the question set and every recorded
// blind batch: how the values in src/core/brief/word-weight.ts were chosen (see DESIGN.md).
const OFF_TAGS = new Set(['offtopic', 'other-event', 'unknown-person', 'unanswerable']);
const batches = readdirSync(BATCH_DIR).filter((f) => f.startsWith('en-') && f.endsWith('.json')).map((f) => readBatch(join(BATCH_DIR, f)));
const chosen = { ...ABSTENTION };
console.log('\nabstention thresholds (set = question set; blind = recorded English blind batches, their Russian questions left out):');
console.log('absentRank coveredShare | answerable right (set, blind) | off-topic abstained (set, blind)');
for (const absentRank of [500, 1000, 1500, 3000]) {
  for (const coveredShare of [0.4, 0.5, 0.6]) {
    Object.assign(ABSTENTION, { absentRank, coveredShare });
    const engine = createEngine(core);
    const set = grade(engine, QUESTIONS);
    const ans = set.filter((r) => !OFF_TAGS.has(r.question.tag));
    const off = set.filter((r) => OFF_TAGS.has(r.question.tag));
    let bp = 0;
    let bt = 0;
    let op = 0;
    let ot = 0;
    for (const b of batches) {
      const s = scoreBatch(engine, b);
      const a = answerableShare(s, ['russian']);
      bp += a.pass;
      bt += a.total;
      op += s.byStyle.get('off-topic')?.pass ?? 0;
      ot += s.byStyle.get('off-topic')?.total ?? 0;
    }
    const mark = absentRank === chosen.absentRank && coveredShare === chosen.coveredShare ? '  <- chosen' : '';
    const pct = (p: number, t: number) => `${p}/${t} ${t ? ((100 * p) / t).toFixed(1) : '-'} %`;
    console.log(
      `${String(absentRank).padStart(10)} ${coveredShare.toFixed(2).padStart(12)} | ${pct(ans.filter((r) => r.pass).length, ans.length)}, ${pct(bp, bt)} | ${pct(off.filter((r) => r.pass).length, off.length)}, ${pct(op, ot)}${mark}`,
    );
  }
}
Object.assign(ABSTENTION, chosen);
