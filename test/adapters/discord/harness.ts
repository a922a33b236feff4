import { pino } from 'pino';
import type { Command, Services } from '../../../commands/command.js';
import { startDiscord, type DiscordAdapter } from '../../../src/adapters/discord/index.js';
import { FakeDiscordGateway } from '../../fakes/discord-gateway.js';
import { IDS } from '../../fakes/discord-payloads.js';
import { FakeDiscordRest } from '../../fakes/discord-rest.js';
import { services } from './fixtures.js';
import { testCommands, type CommandCall } from './test-commands.js';

/** One pino line, parsed. */
export type LogLine = Record<string, unknown> & { level: number; msg?: string };

/** The real adapter (real discord.js) logged in to a fake Discord on 127.0.0.1. */
export interface Harness {
  rest: FakeDiscordRest;
  gateway: FakeDiscordGateway;
  adapter: DiscordAdapter;
  calls: CommandCall[];
  logs: LogLine[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** The command list; defaults to the recording test commands. */
  commands?: (calls: CommandCall[]) => readonly Command[];
  /** Defaults to the fixture services (test commands do not use the engine). */
  services?: Services;
  deferAfterMs?: number;
  restTimeoutMs?: number;
}

/** Starts the fakes and the adapter, and waits until discord.js is ready. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rest = await FakeDiscordRest.start();
  const gateway = await FakeDiscordGateway.start();
  rest.gatewayUrl = gateway.url;
  const calls: CommandCall[] = [];
  const logs: LogLine[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  const adapter = await startDiscord({
    config: { token: 'fake-bot-token', applicationId: IDS.app, apiUrl: rest.apiUrl },
    services: options.services ?? services,
    commands: (options.commands ?? testCommands)(calls),
    logger,
    now: () => new Date('2024-04-01T09:00:00Z'),
    deferAfterMs: options.deferAfterMs,
    restTimeoutMs: options.restTimeoutMs,
  });
  return {
    rest,
    gateway,
    adapter,
    calls,
    logs,
    async close() {
      await adapter.stop();
      await gateway.close();
      await rest.close();
    },
  };
}

/** Errors logged at level error (50) or above. */
export function errorLogs(h: Harness): LogLine[] {
  return h.logs.filter((l) => l.level >= 50);
}
