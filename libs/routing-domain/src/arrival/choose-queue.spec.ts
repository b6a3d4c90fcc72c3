import { aQueue } from '../testing/domain-fixtures';
import { routingChannelOf } from '../model/channel-kind';
import { chooseQueue } from './choose-queue';

describe('choosing a queue for a new contact', () => {
  const queues = [aQueue('chat-low', { channels: ['chat'], priority: 0 }), aQueue('chat-high', { channels: ['chat'], priority: 5 }), aQueue('vip-line', { channels: ['voice'], channelIds: ['demo-vip'] })];

  it('given a queue listing the channel connection, then it wins whatever the kind', () => {
    expect(chooseQueue(queues, 'messaging', 'demo-vip').id).toBe('vip-line');
  });

  it('given several queues serving the kind, then the highest priority one is chosen', () => {
    expect(chooseQueue(queues, 'chat', null).id).toBe('chat-high');
  });

  it('given no queue for the kind, then the default queue takes it', () => {
    expect(chooseQueue(queues, 'email', null).id).toBe('default');
  });

  it('maps channel kinds to capacity buckets', () => {
    expect(['voice', 'sms', 'whatsapp', 'instagram', 'email', 'chat', 'viber'].map(routingChannelOf)).toEqual(['voice', 'messaging', 'messaging', 'social', 'email', 'chat', 'messaging']);
  });
});
