// The realtime library's public surface: the module, the socket.io adapter factory the apps install,
// and the namespaces' servers (for pushes from elsewhere in the same process). The event maps are in
// `@switchboard/contracts` (realtime).
export { RealtimeModule } from './realtime.module';
export type { RealtimeModuleOptions } from './realtime.options';
export { createRealtimeIoAdapter, RealtimeIoAdapter, CONNECTION_RECOVERY_MS, type RealtimeIoAdapterOptions } from './io-adapter/realtime-io-adapter';
export { RealtimeServers } from './shared/realtime-servers';
export { Rooms } from './shared/rooms';
export { CHANNEL_EVENTS_GROUP } from './conversations/channel-events.consumer';
export { ROUTING_EVENTS_GROUP } from './routing-events/routing-events.relay';
