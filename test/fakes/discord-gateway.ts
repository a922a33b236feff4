import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreatePayload, readyPayload } from './discord-payloads.js';

/** What the client sent on the gateway, decoded. */
export interface GatewayFrame {
  op: number;
  d: unknown;
}

/**
 * A local fake of Discord's gateway WebSocket (v10, JSON, no compression) on 127.0.0.1. It says HELLO, acknowledges
 * heartbeats, answers IDENTIFY with READY and one GUILD_CREATE, then lets a test dispatch events.
 */
export class FakeDiscordGateway {
  readonly received: GatewayFrame[] = [];
  /** Query strings the client connected with (`v=10&encoding=json`). */
  readonly connections: string[] = [];
  private socket: WebSocket | undefined;
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

  /** Resolves once the client identified and was sent READY and GUILD_CREATE. */
  async identified(): Promise<void> {
    if (this.received.some((f) => f.op === 2)) return;
    await once(this.events, 'identified');
  }

  /** Resolves with the close code when the connected client closes its connection. */
  closed(): Promise<number> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('fake gateway: no client connected'));
    return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
  }

  /** Sends a dispatch event (op 0) such as MESSAGE_CREATE or INTERACTION_CREATE. */
  dispatch(t: string, d: unknown): void {
    if (!this.socket) throw new Error('fake gateway: no client connected');
    this.sequence += 1;
    this.socket.send(JSON.stringify({ op: 0, t, s: this.sequence, d }));
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
        this.dispatch('READY', readyPayload('fake-session', this.url));
        this.dispatch('GUILD_CREATE', guildCreatePayload());
        this.events.emit('identified');
      }
    });
  }
}
