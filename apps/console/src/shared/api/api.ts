import { channelsApi } from './channels-api';
import type { HttpClient } from './http-client';
import { identityApi } from './identity-api';
import { agentsApi, knowledgeBaseApi, queuesApi } from './routing-api';
import { timelineApi } from './timeline-api';

/** Every REST call the console makes, typed, grouped by the server module that answers it. */
export function createApi(http: HttpClient) {
  return {
    identity: identityApi(http),
    channels: channelsApi(http),
    queues: queuesApi(http),
    agents: agentsApi(http),
    kb: knowledgeBaseApi(http),
    timeline: timelineApi(http),
  };
}

export type Api = ReturnType<typeof createApi>;
