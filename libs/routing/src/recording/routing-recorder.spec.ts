import { RoutingEventTypes, newId, type RoutingEvent, type RoutingFact } from '@switchboard/contracts';
import { RoutingRecorder, type RoutingEventSink } from './routing-recorder';
import { routingStream } from './routing-stream';

const context = { now: () => new Date('2026-03-02T09:00:00.000Z'), newId };
const fact = (contactId: string): RoutingFact => ({ type: RoutingEventTypes.offerAccepted, payload: { contactId, offerId: 'o', agentId: 'a', queueId: 'q' } });

describe('RoutingRecorder', () => {
  it('tells listeners at once, then writes each stream in order, keyed by conversation or agent', async () => {
    const written: string[] = [];
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const sink: RoutingEventSink = {
      async write(streamId, busKey, events) {
        if (written.length === 0) await blocked;
        written.push(`${streamId}|${busKey}|${events.length}`);
      },
    };
    const recorder = new RoutingRecorder(sink, context);
    const heard: RoutingEvent[] = [];
    recorder.addListener((event) => heard.push(event));
    const first = recorder.record({ tenantId: 'demo', correlationId: 'corr' }, [fact('c1'), fact('c1')]);
    const second = recorder.record({ tenantId: 'demo' }, [fact('c1')]);
    expect(heard).toHaveLength(3);
    expect(heard[0]).toMatchObject({ tenantId: 'demo', correlationId: 'corr', subject: { conversationId: 'c1' }, source: { channel: 'system', provider: 'router' } });
    release();
    await Promise.all([first, second]);
    expect(written).toEqual(['routing-demo.c1|c1|2', 'routing-demo.c1|c1|1']);
    await recorder.record({ tenantId: 'demo' }, [{ type: RoutingEventTypes.agentPresenceChanged, payload: { agentId: 'ann', presence: 'away', previous: 'available', cause: 'agent', until: null } }]);
    expect(written.at(-1)).toBe('routing-demo.agent:ann|agent:ann|1');
  });

  it('keeps going when a listener throws or the sink fails, reporting both', async () => {
    const problems: string[] = [];
    const recorder = new RoutingRecorder(
      { write: async () => Promise.reject(new Error('store down')) },
      context,
      () => problems.push('listener'),
      (error) => problems.push(String(error)),
    );
    const heard: string[] = [];
    recorder.addListener(() => {
      throw new Error('boom');
    });
    const remove = recorder.addListener((event) => heard.push(event.type));
    await recorder.record({ tenantId: 'demo' }, [fact('c1')]);
    remove();
    await recorder.record({ tenantId: 'demo' }, [fact('c1')]);
    expect(heard).toEqual([RoutingEventTypes.offerAccepted]);
    expect(problems).toEqual(['listener', 'Error: store down', 'listener', 'Error: store down']);
  });
});

describe('routing streams', () => {
  it('names a stream per contact, encoding ids a stream name cannot hold', () => {
    expect(routingStream('demo', 'demo-sms:+4930123')).toBe('routing-demo.demo-sms:+4930123');
    const encoded = routingStream('demo', 'demo-email:<abc.def@mail.example>');
    expect(encoded).toMatch(/^routing-demo\.b64_[A-Za-z0-9_-]+$/);
    expect(routingStream('demo', 'b64_x')).not.toBe('routing-demo.b64_x');
  });
});
