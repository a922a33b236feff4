import { messages } from '../src/core/messages/index.js';
import { notice } from '../src/core/reply.js';
import { parseSubscribeText } from '../src/digest/subscribe-text.js';
import type { Command } from './command.js';
import { replyLanguage } from './reply-language.js';

const ACTIONS = ['subscribe', 'unsubscribe', 'list', 'now', 'preview'] as const;

const text = messages('en').commands.digest;

/**
 * `digest <action> [schedule]`: scheduled digests of new and revised facts for this channel, in English or, with
 * `ru` after the schedule, in Russian. Subscribing, unsubscribing and posting now need permission to manage the channel.
 */
export default {
  name: 'digest',
  description: text.description,
  options: [
    { name: 'action', description: text.options.action, required: true, choices: ACTIONS },
    { name: 'schedule', description: text.options.schedule, required: false, maxLength: 120 },
  ],
  async run(ctx) {
    const { options, caller, services } = ctx;
    // Schedules are written in Latin letters whatever the caller reads, so only their choice and locale count.
    const lang = await replyLanguage(ctx);
    const m = messages(lang).digestService;
    const digests = services.digests;
    if (digests === undefined) return notice(m.unavailable, lang, { ephemeral: true, error: true });
    const schedule = options.schedule?.trim() ?? '';
    switch (options.action) {
      case 'subscribe': {
        if (schedule === '') return notice(m.sayWhen(m.usage), lang, { ephemeral: true, error: true });
        const parsed = parseSubscribeText(schedule);
        return digests.subscribe(caller, parsed.schedule, parsed.timeZone, parsed.options, lang);
      }
      case 'unsubscribe':
        return digests.unsubscribe(caller, lang);
      case 'list':
        return digests.list(caller, lang);
      case 'now':
        return digests.now(caller, lang);
      case 'preview':
        return digests.preview(caller, lang);
      default:
        return notice(m.usage, lang, { ephemeral: true, error: true });
    }
  },
} satisfies Command;
