import type { Ack, HandshakeRefusal } from '@switchboard/contracts';
import { waitFor } from '@switchboard/testing';
import { io, type Socket } from 'socket.io-client';

type EventsMap = object;
type PayloadOf<Events, E extends keyof Events> = Events[E] extends (payload: infer P) => void ? P : never;
type ArgsOf<F> = F extends (...args: infer A) => void ? A : never;
/** A request's arguments before its ack: `[request]`, or `[]` for a request that is only an ack. */
type RequestArgs<F> = ArgsOf<F> extends [infer R, (answer: never) => void] ? [R] : ArgsOf<F> extends [(answer: never) => void] ? [] : never;
type AnswerOf<F> = ArgsOf<F> extends [...unknown[], (answer: Ack<infer T>) => void] ? T : never;

/**
 * A real socket.io client for specs, typed by a namespace's event maps, that records every event it
 * receives from the moment it is created, so a spec waits for an event (with a deadline) instead of
 * racing to subscribe before it arrives.
 */
export class TestClient<ServerEvents extends EventsMap, ClientEvents extends EventsMap> {
  readonly received: { readonly event: string; readonly payload: unknown }[] = [];

  private constructor(readonly socket: Socket) {
    socket.onAny((event: string, payload: unknown) => this.received.push({ event, payload }));
  }

  /** Connects and resolves once connected; rejects with the handshake's refusal. */
  static async connect<S extends EventsMap, C extends EventsMap>(url: string, auth: Record<string, unknown> | ((cb: (data: object) => void) => void)): Promise<TestClient<S, C>> {
    const client = new TestClient<S, C>(io(url, { auth, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 200, forceNew: true }));
    await new Promise<void>((resolve, reject) => {
      client.socket.once('connect', () => resolve());
      client.socket.once('connect_error', (error) => {
        client.close();
        reject(error);
      });
    });
    return client;
  }

  /** The refusal a handshake with `auth` gets (fails the spec if it connects). */
  static async refusal(url: string, auth: Record<string, unknown>): Promise<{ message: string; data: HandshakeRefusal }> {
    const socket = io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
    try {
      return await new Promise((resolve, reject) => {
        socket.once('connect', () => reject(new Error('the handshake was accepted')));
        socket.once('connect_error', (error) => resolve({ message: error.message, data: (error as Error & { data: HandshakeRefusal }).data }));
      });
    } finally {
      socket.close();
    }
  }

  /** The first `event` received (since the client was created) that `matches`, waiting up to the deadline. */
  async event<E extends keyof ServerEvents & string>(event: E, matches: (payload: PayloadOf<ServerEvents, E>) => boolean = () => true, timeoutMs = 10_000): Promise<PayloadOf<ServerEvents, E>> {
    const found = await waitFor(
      () => this.received.find((entry) => entry.event === event && matches(entry.payload as PayloadOf<ServerEvents, E>)),
      { timeoutMs, what: `${event} on ${this.socket.id ?? 'a socket'}` },
    );
    return found.payload as PayloadOf<ServerEvents, E>;
  }

  /** Every `event` received so far. */
  all<E extends keyof ServerEvents & string>(event: E): PayloadOf<ServerEvents, E>[] {
    return this.received.filter((entry) => entry.event === event).map((entry) => entry.payload as PayloadOf<ServerEvents, E>);
  }

  /** Sends a request with an ack callback and resolves with the answer. */
  async request<E extends keyof ClientEvents & string>(event: E, ...request: RequestArgs<ClientEvents[E]>): Promise<Ack<AnswerOf<ClientEvents[E]>>> {
    return (await this.socket.timeout(10_000).emitWithAck(event, ...request)) as Ack<AnswerOf<ClientEvents[E]>>;
  }

  /** Sends anything at all, as a misbehaving client would, and resolves with the ack's answer. */
  async raw(event: string, ...args: unknown[]): Promise<Ack<unknown>> {
    return (await this.socket.timeout(10_000).emitWithAck(event, ...args)) as Ack<unknown>;
  }

  close(): void {
    this.socket.close();
  }
}

/** The data of a successful answer, or a failure naming the error. */
export function ok<T>(answer: Ack<T>): T {
  if (!answer.ok) throw new Error(`expected ok, got ${answer.error.code}: ${answer.error.reason}`);
  return answer.data;
}
