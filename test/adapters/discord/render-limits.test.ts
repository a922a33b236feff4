import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply.js';
import { renderReply, type DiscordMessage } from '../../../src/adapters/discord/render.js';

/** Discord's documented limits, checked independently of the renderer's own constants. */
function limitViolations(m: DiscordMessage): string[] {
  const bad: string[] = [];
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const check = (label: string, s: string | undefined, max: number) => {
    if (s === undefined) return;
    if (s.trim().length === 0) bad.push(`${label} is blank`);
    if (s.length > max) bad.push(`${label} has ${s.length} > ${max}`);
    if (loneSurrogate.test(s)) bad.push(`${label} splits a surrogate pair`);
  };
  if (m.embeds.length < 1 || m.embeds.length > 10) bad.push(`${m.embeds.length} embeds`);
  let total = 0;
  m.embeds.forEach((e, i) => {
    check(`embed ${i} title`, e.title, 256);
    check(`embed ${i} description`, e.description, 4096);
    check(`embed ${i} footer`, e.footer?.text, 2048);
    if ((e.fields?.length ?? 0) > 25) bad.push(`embed ${i} has ${e.fields?.length} fields`);
    for (const f of e.fields ?? []) {
      check(`embed ${i} field name`, f.name, 256);
      check(`embed ${i} field value`, f.value, 1024);
      total += f.name.length + f.value.length;
    }
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
  });
  if (total > 6000) bad.push(`embeds total ${total} > 6000`);
  if (m.components.length > 5) bad.push(`${m.components.length} action rows`);
  const ids = m.components.flatMap((row) => {
    if (row.components.length > 5) bad.push(`a row of ${row.components.length} buttons`);
    return row.components.map((b) => {
      check('button label', b.label, 80);
      check('custom_id', b.custom_id, 100);
      return b.custom_id;
    });
  });
  if (new Set(ids).size !== ids.length) bad.push('duplicate custom_id');
  if (JSON.stringify(m.allowedMentions) !== JSON.stringify({ parse: [], repliedUser: false })) bad.push('may ping');
  return bad;
}

/**
 * Any code points, or text dense in astral characters so that cuts land inside surrogate pairs. `size: 'max'`
 * because fast-check's default size keeps strings far shorter than Discord's limits.
 */
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength, size: 'max' }),
    fc.string({ unit: fc.constantFrom('\u{1F56F}', '\u{1D400}', 'я', ' ', 'a'), maxLength, size: 'max' }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
const isoDate = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const sourceRef = fc.record({ id: fc.string({ maxLength: 80 }), outlet: text(300), title: text(300), date: isoDate });
const item = fc.record({
  id: fc.string({ maxLength: 120 }),
  text: text(2000),
  date: fc.oneof(isoDate, fc.tuple(isoDate, isoDate).map(([a, b]) => `${a}/${b}`), text(40)),
  sources: fc.array(sourceRef, { maxLength: 8 }),
  contested: fc.option(fc.boolean(), { nil: undefined }),
  graphic: fc.option(fc.boolean(), { nil: undefined }),
});
const briefing = fc.record({
  query: text(500),
  answered: fc.boolean(),
  text: text(5000),
  items: fc.array(item, { maxLength: 8 }),
  title: fc.option(text(400), { nil: undefined }),
  suggestions: fc.option(fc.array(text(300), { maxLength: 5 }), { nil: undefined }),
  notes: fc.option(fc.array(text(300), { maxLength: 3 }), { nil: undefined }),
});
const digest = fc.record({
  title: text(400),
  text: text(5000),
  sections: fc.array(fc.record({ heading: text(300), items: fc.array(item, { maxLength: 30 }) }), { maxLength: 14 }),
  unchanged: fc.boolean(),
  hashes: fc.constant({}),
});
const reply: fc.Arbitrary<Reply> = fc.oneof(
  briefing.map((b) => ({ kind: 'briefing' as const, briefing: b })),
  digest.map((d) => ({ kind: 'digest' as const, digest: d })),
  fc.record({ kind: fc.constant('notice' as const), text: text(6000), error: fc.boolean() }),
);
const renderOptions = fc.record({
  dataAsOf: fc.option(isoDate, { nil: undefined }),
  sourceButtons: fc.boolean(),
});

describe('rendering for Discord', () => {
  it('keeps any Briefing, Digest or notice within Discord message limits', () => {
    fc.assert(
      fc.property(reply, renderOptions, (r, options) => {
        expect(limitViolations(renderReply(r, options))).toEqual([]);
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });

  it('shows every item of a briefing within the engine contract, each naming all its sources', () => {
    // The engine's contract: suggestions only on an abstention (no items), a short title, a few short notes.
    const withinContract = briefing.map((b) => ({
      ...b,
      title: b.title?.slice(0, 100),
      suggestions: b.items.length > 0 ? undefined : b.suggestions,
      notes: b.notes?.slice(0, 3).map((n) => n.slice(0, 200)),
      text: b.text.slice(0, 1800),
      items: b.items.slice(0, 5).map((i) => ({
        ...i,
        text: i.text.slice(0, 280),
        sources: i.sources.slice(0, 3).map((s) => ({ ...s, outlet: s.outlet.slice(0, 60) })),
      })),
    }));
    fc.assert(
      fc.property(withinContract, (b) => {
        const fields = renderReply({ kind: 'briefing', briefing: b }, { sourceButtons: false }).embeds[0]?.fields ?? [];
        expect(fields).toHaveLength(b.items.length);
        b.items.forEach((i, n) => {
          for (const s of i.sources) expect(fields[n]?.value).toContain(`${s.outlet}, `);
        });
      }),
      { endOnFailure: true },
    );
  });
});
