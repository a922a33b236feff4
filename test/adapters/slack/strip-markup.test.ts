import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripMarkup } from '../../../src/adapters/slack/strip-markup.js';
import { expectSameBriefing, questionWithMarkup, type MarkupSpec } from '../markup-property.js';

const id = (prefix: string) => fc.stringMatching(/^[A-Z0-9]{8,10}$/).map((s) => `${prefix}${s}`);
const handle = fc.stringMatching(/^[a-z][a-z0-9._-]{0,11}$/);
const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).map((u) => u.replace(/&/g, '&amp;'));

/** Slack's markup as it arrives in event and command text (https://api.slack.com/reference/surfaces/formatting). */
const slack: MarkupSpec = {
  encode: (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  silent: fc.oneof(
    fc.constantFrom('<!channel>', '<!here>', '<!everyone>', '@channel', '@here', '@everyone'),
    id('S').map((s) => `<!subteam^${s}>`),
    fc.tuple(id('S'), handle).map(([s, h]) => `<!subteam^${s}|@${h}>`),
    fc.tuple(fc.constantFrom('U', 'W'), handle).chain(([p, h]) => id(p).map((u) => [`<@${u}>`, `<@${u}|${h}>`])).chain((forms) => fc.constantFrom(...forms)),
    id('C').map((c) => `<#${c}>`),
    url.map((u) => `<${u}>`),
    handle.map((h) => `<mailto:${h}@example.org>`),
    handle.map((h) => `@${h}`),
  ),
  labelled: fc.oneof(
    url.map((u) => (words: string) => `<${u}|${words}>`),
    id('C').map((c) => (words: string) => `<#${c}|${words}>`),
    handle.map((h) => (words: string) => `<mailto:${h}@example.org|${words}>`),
  ),
};

describe('Slack markup in a question', () => {
  it.each([
    ['<!channel> who claimed the attack', 'who claimed the attack'],
    ['<!here> <!everyone> <@U0BOB> <@W0ANN|ann> death toll', 'death toll'],
    ['<!subteam^S0NEWS> <!subteam^S0DESK|@desk> death toll', 'death toll'],
    ['what did <#C0NEWS|crocus-news> say', 'what did crocus-news say'],
    ['read <https://example.org/a?b=1&amp;c=2|the BBC report> <https://example.org/x> now', 'read the BBC report now'],
    ['<mailto:desk@example.org|the desk> <mailto:desk@example.org> asks', 'the desk asks'],
    ['@channel @alice who claimed it? mail a@b.org', 'who claimed it? mail a@b.org'],
    ['events on <!date^1711130400^{date_short}|22 Mar 2024>', 'events on 22 Mar 2024'],
    ['Q&amp;A: toll &lt;&gt; 144', 'Q&A: toll <> 144'],
    ['&lt;!everyone&gt; typed as text', '<!everyone> typed as text'],
  ])('reads %j as %j', (sent, question) => {
    expect(stripMarkup(sent)).toBe(question);
  });

  it('leaves exactly the question when any markup is added around it (property)', () => {
    fc.assert(
      fc.property(questionWithMarkup(slack), ({ question, sent }) => {
        expect(stripMarkup(sent)).toBe(question);
      }),
      { numRuns: 500 },
    );
  });

  it('gets the same briefing from the real engine as the question without markup (property)', () => {
    fc.assert(fc.property(questionWithMarkup(slack), ({ question, sent }) => expectSameBriefing(stripMarkup(sent), question)), { numRuns: 200 });
  });
});
