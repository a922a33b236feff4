import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReply as renderDiscord } from '../../src/adapters/discord/render.js';
import { renderBriefing } from '../../src/adapters/slack/render-reply.js';
import { LIMITS } from '../../src/core/limits.js';
import { discordMessageProblems } from '../fakes/discord-message-limits.js';
import { blockProblems, pingsIn } from '../fakes/slack-block-limits.js';
import { realEngine } from './real-facts.js';

const engine = realEngine();
const core = engine.core;
// Words of the facts' Russian text and Russian question words, so generated questions reach every route in Russian.
const words = [...new Set(core.facts.flatMap((f) => f.ru.split(/\s+/)))].slice(0, 3000);
const cues = ['сколько', 'погибших', 'кто', 'когда', 'почему', 'хроника', '23 марта', '24 марта', 'жертвы', 'задержали', 'что произошло'];

describe('Russian briefings on the real facts (property)', () => {
  it('are in Russian, every item carries a source and its fact’s Russian text, and both chat renderings stay inside platform limits', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ...cues), { minLength: 1, maxLength: 10 }), fc.boolean(), (parts, share) => {
        const b = engine.brief(parts.join(' '), { lang: 'ru' });
        expect(b.lang).toBe('ru');
        expect(b.items.length).toBeLessThanOrEqual(LIMITS.items);
        expect(b.text.length).toBeLessThanOrEqual(LIMITS.text);
        for (const item of b.items) {
          expect(item.sources.length, item.id).toBeGreaterThan(0);
          expect(item.text).toBe(core.factsById.get(item.id)?.ru);
        }
        const slack = renderBriefing(b, share ? { shareValue: parts.join(' ') } : { sharedBy: 'Аня' });
        expect(blockProblems(slack)).toEqual([]);
        expect(slack.text.length).toBeLessThanOrEqual(3000);
        expect(pingsIn(slack)).toEqual([]);
        const discord = renderDiscord({ kind: 'briefing', briefing: b }, { sourceButtons: true, dataAsOf: '2024-04-01' });
        expect(discordMessageProblems(discord)).toEqual([]);
        expect(discord.allowedMentions).toMatchObject({ parse: [] });
      }),
      { numRuns: 200 },
    );
  });
});
