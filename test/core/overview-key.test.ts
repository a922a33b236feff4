import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { buildFactCore, readFactFiles } from '../../src/core/load.js';

const extra = `
- id: attack-exits-locked
  text: Survivors said some exits of the concert hall were locked while the gunmen were shooting.
  ru: По словам выживших, во время стрельбы некоторые выходы из концертного зала были заперты.
  date: 2024-03-22
  topics: [attack]
  sources: [reuters-2024-03-22-gunmen-kill]
- id: attack-summary
  key: true
  text: Four gunmen attacked the Crocus City Hall concert venue near Moscow, shooting people and starting a fire.
  ru: Четверо вооружённых людей напали на концертную площадку «Крокус Сити Холл» под Москвой, стреляли в людей и устроили пожар.
  date: 2024-03-22
  topics: [background, attack]
  sources: [reuters-2024-03-22-gunmen-kill]
`;

describe('overview', () => {
  it('leads each part of the story with the fact editors marked key, even when it is also background', () => {
    const files = [...readFactFiles('test/fixtures/facts-valid'), { kind: 'facts' as const, file: 'extra.yaml', text: extra }];
    const { core, errors } = buildFactCore(files);
    expect(errors).toEqual([]);
    const ids = createEngine(core).brief('what happened?').items.map((i) => i.id);
    expect(ids).toContain('attack-summary');
    expect(ids).not.toContain('attack-exits-locked');
  });
});
