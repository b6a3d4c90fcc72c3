import type { Channel, ChannelChanges, NewChannel } from './channels.types';
import type { HttpClient } from './http-client';

export function channelsApi(http: HttpClient) {
  const one = (id: string) => `/api/channels/${encodeURIComponent(id)}`;
  return {
    list: () => http.get<Channel[]>('/api/channels'),
    create: (channel: NewChannel) => http.post<Channel>('/api/channels', channel),
    update: (id: string, changes: ChannelChanges) => http.patch<Channel>(one(id), changes),
    remove: (id: string) => http.delete(one(id)),
  };
}
