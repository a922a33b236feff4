import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** What the app sent back for an envelope: `{ envelope_id, payload? }`. */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/** Envelope types Slack sends over Socket Mode. */
export type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';

/**
 * A local stand-in for Slack's Socket Mode WebSocket (wss://wss-primary.slack.com/link): greets each
 * connection with `hello`, sends envelopes, and resolves each send with the app's acknowledgement.
 * Pair it with the fake Web API, whose `apps.connections.open` hands out `url`.
 */
export interface FakeSocketMode {
  url: string;
  /** Resolves once an app is connected and has been sent `hello`. */
  connected(timeoutMs?: number): Promise<void>;
  /** Sends one envelope; resolves with the app's ack for it. */
  send(type: EnvelopeType, payload: Record<string, unknown>, retry?: { attempt: number; reason: string }): Promise<SocketAck>;
  acks: SocketAck[];
  close(): Promise<void>;
}

/** Starts the fake on a free loopback port. */
export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const acks: SocketAck[] = [];
  const pending = new Map<string, (ack: SocketAck) => void>();
  let socket: WebSocket | undefined;
  let onConnect: (() => void) | undefined;

  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const ack = JSON.parse(String(data)) as SocketAck;
      acks.push(ack);
      pending.get(ack.envelope_id)?.(ack);
      pending.delete(ack.envelope_id);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' } }));
    onConnect?.();
  });

  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link/?ticket=fake`,
    acks,
    connected(timeoutMs = 5000) {
      if (socket !== undefined) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('fake Socket Mode: no app connected')), timeoutMs);
        onConnect = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    },
    send(type, payload, retry = { attempt: 0, reason: '' }) {
      const ws = socket;
      if (ws === undefined) return Promise.reject(new Error('fake Socket Mode: no app connected'));
      const envelope_id = randomUUID();
      const acked = new Promise<SocketAck>((resolve) => pending.set(envelope_id, resolve));
      ws.send(
        JSON.stringify({
          envelope_id,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: retry.attempt,
          retry_reason: retry.reason,
        }),
      );
      return acked;
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
