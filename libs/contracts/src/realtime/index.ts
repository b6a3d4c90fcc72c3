// Typed socket.io event maps of the realtime namespaces, shared by the server and the browser console.
export * from './realtime-namespaces';
export * from './realtime-ack';
export * from './conversation-message';
export * from './routing-views';
export * from './agent-events';
export * from './supervisor-events';
export * from './chat-events';
export * from './realtime-bus-events';
