import type { HttpClient } from './http-client';
import type { AgentDirectoryEntry, AgentProfile, AgentProfileInput, Article, ArticleInput, KbSuggestion, Presence, Queue, QueueInput } from './routing.types';

const enc = encodeURIComponent;

export function queuesApi(http: HttpClient) {
  return {
    list: () => http.get<Queue[]>('/api/routing/queues'),
    save: (id: string, queue: QueueInput) => http.put<Queue>(`/api/routing/queues/${enc(id)}`, queue),
    remove: (id: string) => http.delete(`/api/routing/queues/${enc(id)}`),
  };
}

export function agentsApi(http: HttpClient) {
  return {
    list: () => http.get<AgentProfile[]>('/api/routing/agents'),
    /** Every agent may read it: colleagues' names and presence, to transfer to. */
    directory: () => http.get<AgentDirectoryEntry[]>('/api/routing/agents/directory'),
    get: (agentId: string) => http.get<AgentProfile>(`/api/routing/agents/${enc(agentId)}`),
    save: (agentId: string, profile: AgentProfileInput) => http.put<AgentProfile>(`/api/routing/agents/${enc(agentId)}`, profile),
    setPresence: (agentId: string, presence: Presence) => http.put<unknown>(`/api/routing/agents/${enc(agentId)}/presence`, { presence }),
  };
}

export function knowledgeBaseApi(http: HttpClient) {
  return {
    list: () => http.get<Article[]>('/api/kb/articles'),
    get: (id: string) => http.get<Article>(`/api/kb/articles/${enc(id)}`),
    search: (q: string) => http.get<KbSuggestion[]>(`/api/kb/search?q=${enc(q)}`),
    create: (article: ArticleInput) => http.post<Article>('/api/kb/articles', article),
    update: (id: string, article: ArticleInput) => http.put<Article>(`/api/kb/articles/${enc(id)}`, article),
    publish: (id: string) => http.post<Article>(`/api/kb/articles/${enc(id)}/publish`),
    unpublish: (id: string) => http.post<Article>(`/api/kb/articles/${enc(id)}/unpublish`),
  };
}
