/**
 * A bot process that dies while posting: it claims the due slot, says "POSTING" on stdout, and its poster never
 * answers. The crash test kills it with SIGKILL at that moment. Arguments: store location (JSON), clock (ISO).
 */
import { pino } from 'pino';
import { createDigests } from '../../src/digest/create-digests.js';
import type { ChannelPoster } from '../../src/digest/contracts.js';
import { openStore, type StoreLocation } from '../../src/store/open-store.js';
import { digestCore } from '../fixtures/digest-core.js';

const [locationJson = '', nowIso = ''] = process.argv.slice(2);
const location = JSON.parse(locationJson) as StoreLocation;
const logger = pino({ level: 'silent' });
const store = await openStore(location, logger);
const hanging: ChannelPoster = {
  platform: 'slack',
  post: (channelId) => {
    process.stdout.write(`POSTING ${channelId}\n`);
    return new Promise<string>(() => undefined);
  },
};
const digests = createDigests({ store, core: digestCore(), posters: [hanging], logger, now: () => new Date(nowIso), defaultTimeZone: 'UTC', owner: 'crashed' });
await digests.scheduler.tick();
