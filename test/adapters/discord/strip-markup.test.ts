import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripMarkup } from '../../../src/adapters/discord/strip-markup.js';
import { expectSameBriefing, questionWithMarkup, type MarkupSpec } from '../markup-property.js';

const snowflake = fc.bigInt({ min: 10n ** 16n, max: 10n ** 19n }).map(String);
const name = fc.stringMatching(/^\w{2,32}$/);

/** Discord's markup in message content and option text (https://discord.com/developers/docs/reference#message-formatting). */
const discord: MarkupSpec = {
  encode: (text) => text,
  silent: fc.oneof(
    fc.tuple(fc.constantFrom('@', '@!', '@&', '#'), snowflake).map(([kind, id]) => `<${kind}${id}>`),
    fc.tuple(fc.constantFrom('', 'a'), name, snowflake).map(([animated, n, id]) => `<${animated}:${n}:${id}>`),
    fc.tuple(fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom('', ':t', ':T', ':d', ':D', ':f', ':F', ':R')).map(([t, style]) => `<t:${t}${style}>`),
    fc.tuple(name, snowflake).map(([n, id]) => `</${n}:${id}>`),
    fc.constantFrom('@everyone', '@here', '<id:browse>', '<id:customize>'),
  ),
};

describe('Discord markup in a question', () => {
  it.each([
    ['<@1210000000000000001> who claimed the attack?', 'who claimed the attack?'],
    ['<@!1210000000000000002> <@&1210000000000000003> <#1210000000000000004> death toll', 'death toll'],
    ['@everyone @here how many died', 'how many died'],
    ['death toll <:sad:1210000000000000005> <a:candle:1210000000000000006>', 'death toll'],
    ['what happened <t:1711130400:R> <t:1711130400>', 'what happened'],
    ['run </brief:1210000000000000007> about the suspects', 'run about the suspects'],
    ['mail me at a@here.org or @someone', 'mail me at a@here.org or @someone'],
  ])('reads %j as %j', (sent, question) => {
    expect(stripMarkup(sent)).toBe(question);
  });

  it('leaves exactly the question when any markup is added around it (property)', () => {
    fc.assert(
      fc.property(questionWithMarkup(discord), ({ question, sent }) => {
        expect(stripMarkup(sent)).toBe(question);
      }),
      { numRuns: 500 },
    );
  });

  it('gets the same briefing from the real engine as the question without markup (property)', () => {
    fc.assert(fc.property(questionWithMarkup(discord), ({ question, sent }) => expectSameBriefing(stripMarkup(sent), question)), { numRuns: 200 });
  });
});
