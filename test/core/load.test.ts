import { describe, expect, it } from 'vitest';
import { FactErrors } from '../../src/core/fact-error.js';
import { buildFactCore, loadFactCore, readFactFiles, type RawFile } from '../../src/core/load.js';

const FIXTURE = 'test/fixtures/facts-valid';

/** The valid fixture with one file's text replaced or one more file added. */
function withFile(kind: RawFile['kind'], file: string, text: string): RawFile[] {
  return [...readFactFiles(FIXTURE).filter((f) => f.file !== file), { kind, file, text }];
}

function messages(files: RawFile[]): string[] {
  return buildFactCore(files).errors.map((e) => e.message);
}

const SOURCE = 'reuters-2024-03-22-gunmen-kill';
const fact = (extra: string) =>
  `- id: broken-fact\n  text: A sufficiently long claim about the attack for the schema.\n  ru: Достаточно длинное утверждение о нападении для схемы.\n  date: 2024-03-22\n  topics: [attack]\n${extra}`;

describe('loading facts', () => {
  it('loads the valid fixture with sources, entities and linked facts', () => {
    const core = loadFactCore(FIXTURE);
    expect(core.facts.map((f) => f.id)).toEqual(['attack-began', 'toll-144', 'putin-ukraine-claim', 'ukraine-denial']);
    expect(core.sources.size).toBe(3);
    expect(core.entities.map((e) => e.id)).toEqual(['vladimir-putin', 'ukraine']);
    expect(core.factsById.get('toll-144')?.figure).toEqual({ kind: 'deaths', value: 144, asOf: '2024-03-29' });
    expect(core.factsById.get('attack-began')).toMatchObject({ contested: false, graphic: false, counterClaims: [] });
  });

  it('stops start-up naming every problem when a fact is invalid', () => {
    const dir = 'test/fixtures/facts-valid';
    const files = withFile('facts', `${dir}/facts/extra.yaml`, fact(`  sources: [nope]\n`));
    const { errors } = buildFactCore(files);
    expect(errors).toHaveLength(1);
    expect(() => {
      if (errors.length) throw new FactErrors(errors);
    }).toThrow(/extra\.yaml: record "broken-fact": sources: unknown source "nope"/);
  });
});

describe('fact validation names the file, the record and the field', () => {
  const file = 'facts/facts/extra.yaml';
  const cases: Array<[string, string, RegExp]> = [
    ['text too long', `- id: long\n  text: ${'x'.repeat(281)}\n  ru: Слишком длинный текст на английском языке.\n  date: 2024-03-22\n  topics: [attack]\n  sources: [${SOURCE}]\n`, /record "long": text: must be at most 280 characters/],
    ['no source', fact('  sources: []\n'), /record "broken-fact": sources: needs at least one source/],
    ['unknown field', fact(`  sources: [${SOURCE}]\n  colour: red\n`), /record "broken-fact": .*colour/],
    ['bad date', fact(`  sources: [${SOURCE}]\n`).replace('2024-03-22', '22 March'), /record "broken-fact": date: must be YYYY-MM-DD/],
    ['unknown topic', fact(`  sources: [${SOURCE}]\n`).replace('[attack]', '[weather]'), /record "broken-fact": topics\.0/],
    ['unknown source', fact('  sources: [made-up-source]\n'), /record "broken-fact": sources: unknown source "made-up-source"/],
    ['unknown entity', fact(`  sources: [${SOURCE}]\n  entities: [nobody]\n`), /record "broken-fact": entities: unknown entity "nobody"/],
    ['source older than the event', fact(`  sources: [${SOURCE}]\n`).replace('2024-03-22', '2024-03-25'), /sources: source "reuters-2024-03-22-gunmen-kill" \(2024-03-22\) was published before the event it supports \(2024-03-25\)/],
    ['figure newer than its source', fact(`  sources: [${SOURCE}]\n  figure: { kind: deaths, value: 1, asOf: 2024-03-30 }\n`), /figure\.asOf: figure as of 2024-03-30 is later than source/],
    ['duplicate fact id', fact(`  sources: [${SOURCE}]\n`).replace('broken-fact', 'toll-144'), /record "toll-144": id: duplicate fact id/],
    ['contested without counter-claims', fact(`  sources: [${SOURCE}]\n  contested: true\n`), /counterClaims: a contested fact must link its counter-claims/],
    ['one-way counter-claim', fact(`  sources: [${SOURCE}]\n  counterClaims: [attack-began]\n`), /counterClaims: "attack-began" does not link back to "broken-fact"/],
    ['dangling counter-claim', fact(`  sources: [${SOURCE}]\n  counterClaims: [ghost]\n`), /counterClaims: unknown fact "ghost"/],
    ['fact without a Russian text', fact(`  sources: [${SOURCE}]\n`).replace(/ {2}ru: .*\n/, ''), /record "broken-fact": ru: needs a Russian translation/],
    ['Russian text with another number', fact(`  sources: [${SOURCE}]\n`).replace('about the attack', 'that 144 people died').replace('о нападении', 'о гибели 143 человек'), /record "broken-fact": ru: the Russian text lacks "144" of the English text; has "143"/],
    ['not a list', 'id: x\n', /extra\.yaml: file: must be a YAML list of records/],
    ['invalid YAML', '- id: [unclosed\n', /extra\.yaml: file: not valid YAML/],
  ];
  it.each(cases)('rejects %s', (_name, text, expected) => {
    const found = messages(withFile('facts', file, text));
    expect(found.some((m) => m.startsWith(file) && expected.test(m)), found.join('\n')).toBe(true);
  });

  it('rejects a duplicate source id in the registry', () => {
    const sources = readFactFiles(FIXTURE).find((f) => f.kind === 'sources');
    const doubled = withFile('sources', 'facts/sources.yaml', `${sources?.text}\n- id: aa-2024-03-29-toll-144\n  outlet: AA\n  title: t\n  date: 2024-03-29\n  dateBasis: published\n`);
    expect(messages(doubled)).toContainEqual(expect.stringMatching(/sources\.yaml: record "aa-2024-03-29-toll-144": id: duplicate source id/));
  });

  it('rejects a fact whose first source names no outlet, so every item can name one', () => {
    const sources = readFactFiles(FIXTURE).find((f) => f.kind === 'sources');
    const files = [
      ...withFile('sources', 'facts/sources.yaml', `${sources?.text}\n- id: unknown-outlet-2024-03-23-x\n  outlet: Unknown outlet\n  title: x\n  date: 2024-03-23\n  dateBasis: archived\n`),
      { kind: 'facts' as const, file: 'facts/facts/extra.yaml', text: fact('  sources: [unknown-outlet-2024-03-23-x]\n') },
    ];
    expect(messages(files)).toContainEqual(
      expect.stringMatching(/extra\.yaml: record "broken-fact": sources: first source "unknown-outlet-2024-03-23-x" names no outlet/),
    );
  });

  it('rejects an entity without a kind', () => {
    const found = messages(withFile('entities', 'facts/entities/bad.yaml', '- id: someone\n  name: Someone\n'));
    expect(found).toContainEqual(expect.stringMatching(/bad\.yaml: record "someone": kind/));
  });
});
