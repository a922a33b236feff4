import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreatePayload, IDS, readyPayload } from './discord-payloads.js';

/** What the client sent on the gateway, decoded. */
export interface GatewayFrame {
  op: number;
  d: unknown;
}

/** Which shard a guild's events go to: `(guild_id >> 22) % shard_count`, as Discord routes them. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/**
 * A local fake of Discord's gateway WebSocket (v10, JSON, no compression) on 127.0.0.1. It says HELLO, acknowledges
 * heartbeats, answers IDENTIFY with READY and the one guild (GUILD_CREATE), then lets a test dispatch events.
 * Sharded clients identify with `shard: [id, count]`; each connection then gets the guild only if its shard owns it.
 */
export class FakeDiscordGateway {
  readonly received: GatewayFrame[] = [];
  /** Query strings the client connected with (`v=10&encoding=json`). */
  readonly connections: string[] = [];
  /** The `[id, count]` of each IDENTIFY, in order (`[0, 1]` when the client sent none). */
  readonly identifies: Array<[number, number]> = [];
  private socket: WebSocket | undefined;
  private readonly shardSockets = new Map<number, WebSocket>();
  private sequence = 0;
  private readonly events = new EventEmitter();

  private constructor(private readonly server: WebSocketServer) {}

  static async start(): Promise<FakeDiscordGateway> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    const fake = new FakeDiscordGateway(server);
    server.on('connection', (socket, req) => fake.accept(socket, req.url ?? ''));
    return fake;
  }

  /** What GET /gateway/bot should return as `url`. */
  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Resolves once `count` connections identified and were sent READY (and GUILD_CREATE where their shard has it). */
  async identified(count = 1): Promise<void> {
    while (this.identifies.length < count) await once(this.events, 'identified');
  }

  /** Resolves with the close code when the connected client closes its connection. */
  closed(): Promise<number> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('fake gateway: no client connected'));
    return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
  }

  /** Sends a dispatch event (op 0) such as MESSAGE_CREATE or INTERACTION_CREATE: on `shard`'s connection, else the latest. */
  dispatch(t: string, d: unknown, shard?: number): void {
    const socket = shard === undefined ? this.socket : this.shardSockets.get(shard);
    if (!socket) throw new Error(`fake gateway: no client connected${shard === undefined ? '' : ` on shard ${shard}`}`);
    this.sequence += 1;
    socket.send(JSON.stringify({ op: 0, t, s: this.sequence, d }));
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket, url: string): void {
    this.socket = socket;
    this.connections.push(url.replace(/^\/?\??/, ''));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as GatewayFrame;
      this.received.push(frame);
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2) {
        const [id, count] = (frame.d as { shard?: [number, number] }).shard ?? [0, 1];
        this.identifies.push([id, count]);
        this.shardSockets.set(id, socket);
        const hasGuild = shardOf(IDS.guild, count) === id;
        this.dispatch('READY', readyPayload(`fake-session-${id}`, this.url, hasGuild ? [IDS.guild] : []), id);
        if (hasGuild) this.dispatch('GUILD_CREATE', guildCreatePayload(), id);
        this.events.emit('identified');
      }
    });
  }
}
