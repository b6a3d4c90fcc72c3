export { createMetaHandler } from './meta.handler';
export { buildMetaMessageRequests } from './outbound/meta-message-request';
export { DEFAULT_GRAPH_API_VERSION } from './outbound/graph-api';
export { metaSignature, isValidMetaSignature } from './meta-signature';
