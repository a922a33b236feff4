import { createEngine } from '../src/core/engine.js';
import { buildFactCore, readFactFiles } from '../src/core/load.js';
import { grade, score } from '../test/questions/grade.js';
import { QUESTIONS } from '../test/questions/questions.js';

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
