import { parseSubscribeText } from '../src/digest/subscribe-text.js';
import type { Command } from './command.js';
import type { Reply } from '../src/core/reply.js';

const ACTIONS = ['subscribe', 'unsubscribe', 'list', 'now', 'preview'] as const;

const HELP =
  'Usage: `digest subscribe <daily HH:MM | weekly <day> HH:MM | cron expression> [time zone] [skip-unchanged]`, ' +
  '`digest unsubscribe`, `digest list`, `digest now`, `digest preview`. Example: `digest subscribe daily 09:00 Europe/Moscow`.';

const notice = (text: string): Reply => ({ kind: 'notice', text, ephemeral: true, error: true });

/**
 * `digest <action> [schedule]`: scheduled digests of new and revised facts for this channel.
 * Subscribing, unsubscribing and posting now need permission to manage the channel.
 */
export default {
  name: 'digest',
  description: 'Scheduled digests of new and revised facts for this channel',
  options: [
    { name: 'action', description: 'subscribe, unsubscribe, list, now or preview', required: true, choices: ACTIONS },
    {
      name: 'schedule',
      description: 'For subscribe: "daily 09:00", "weekly monday 09:00" or a cron expression, then an optional time zone',
      required: false,
      maxLength: 120,
    },
  ],
  async run({ options, caller, services }) {
    const digests = services.digests;
    if (digests === undefined) return notice('Digests are not available: the bot runs without a store.');
    const schedule = options.schedule?.trim() ?? '';
    switch (options.action) {
      case 'subscribe': {
        if (schedule === '') return notice(`Say when: ${HELP}`);
        const parsed = parseSubscribeText(schedule);
        return digests.subscribe(caller, parsed.schedule, parsed.timeZone, parsed.options);
      }
      case 'unsubscribe':
        return digests.unsubscribe(caller);
      case 'list':
        return digests.list(caller);
      case 'now':
        return digests.now(caller);
      case 'preview':
        return digests.preview(caller);
      default:
        return notice(HELP);
    }
  },
} satisfies Command;
