import type { HttpClient } from './http-client';
import type { ConsentPurpose, ConsentStatus, ConversationChangeResult, ConversationChanges, ConversationDetail, CustomerCard, TimelinePage } from './timeline.types';

const enc = encodeURIComponent;

export function timelineApi(http: HttpClient) {
  return {
    customer: (id: string) => http.get<CustomerCard>(`/api/customers/${enc(id)}`),
    timeline: (id: string, cursor: string | null, limit = 20) =>
      http.get<TimelinePage>(`/api/customers/${enc(id)}/timeline?limit=${limit}${cursor ? `&cursor=${enc(cursor)}` : ''}`),
    conversation: (id: string) => http.get<ConversationDetail>(`/api/conversations/${enc(id)}`),
    changeConversation: (id: string, changes: ConversationChanges) => http.patch<ConversationChangeResult>(`/api/conversations/${enc(id)}`, changes),
    setConsent: (id: string, purpose: ConsentPurpose, status: ConsentStatus) => http.put<CustomerCard>(`/api/customers/${enc(id)}/consent`, { [purpose]: status }),
  };
}
