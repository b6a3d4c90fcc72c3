import MiniSearch from 'minisearch';
import type { Article } from './article';
import type { ArticlesRepository } from './articles.repository';

/** One knowledge-base answer suggested for a customer's words, best first. */
export interface KbSuggestion {
  readonly articleId: string;
  readonly title: string;
  readonly language: string;
  /** The start of the article, for a preview. */
  readonly snippet: string;
  readonly score: number;
}

/** A knowledge-base article found for a customer's words, whole, for answering them directly (self-service on a customer's channel). */
export interface KbAnswer {
  readonly articleId: string;
  readonly title: string;
  readonly language: string;
  readonly body: string;
  readonly score: number;
}

interface IndexedArticle {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly tags: string;
  readonly language: string;
}

const SNIPPET_LENGTH = 240;

interface SearchOptions {
  /** Only articles in this language; any language when null or absent. */
  readonly language?: string | null;
  /** At most this many, best first (default 3). */
  readonly limit?: number;
}

function buildIndex(articles: readonly Article[]): { index: MiniSearch<IndexedArticle>; byId: Map<string, Article> } {
  const index = new MiniSearch<IndexedArticle>({
    fields: ['title', 'body', 'tags'],
    storeFields: ['language'],
    // Customers type loosely: prefixes ("refun") and small typos ("pasword") still find the article.
    searchOptions: { boost: { title: 3, tags: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'OR' },
  });
  index.addAll(articles.map((article) => ({ id: article.id, title: article.title, body: article.body, tags: article.tags.join(' '), language: article.language })));
  return { index, byId: new Map(articles.map((article) => [article.id, article])) };
}

/**
 * Full-text search over a tenant's published articles with minisearch (BM25 ranking, prefix and
 * fuzzy matching). One index per tenant, kept in memory and rebuilt when the articles' fingerprint
 * changes, so an article published through any instance is found by every instance.
 */
export class KnowledgeBase {
  private readonly indexes = new Map<string, { fingerprint: string; index: MiniSearch<IndexedArticle>; byId: Map<string, Article> }>();

  constructor(private readonly articles: ArticlesRepository) {}

  async suggest(tenantId: string, text: string, options: SearchOptions = {}): Promise<KbSuggestion[]> {
    return (await this.search(tenantId, text, options)).map(({ article, score }) => ({
      articleId: article.id,
      title: article.title,
      language: article.language,
      snippet: article.body.slice(0, SNIPPET_LENGTH),
      score,
    }));
  }

  /** The same search as {@link suggest}, with each article's whole body. */
  async answers(tenantId: string, text: string, options: SearchOptions = {}): Promise<KbAnswer[]> {
    return (await this.search(tenantId, text, options)).map(({ article, score }) => ({ articleId: article.id, title: article.title, language: article.language, body: article.body, score }));
  }

  private async search(tenantId: string, text: string, options: SearchOptions): Promise<{ article: Article; score: number }[]> {
    if (text.trim() === '') return [];
    const { index, byId } = await this.indexFor(tenantId);
    const language = options.language ?? null;
    const hits = index.search(text, { filter: (hit) => language === null || hit['language'] === language });
    return hits.slice(0, options.limit ?? 3).flatMap((hit) => {
      const article = byId.get(String(hit.id));
      return article ? [{ article, score: Math.round(hit.score * 1000) / 1000 }] : [];
    });
  }

  private async indexFor(tenantId: string) {
    const fingerprint = await this.articles.publishedFingerprint(tenantId);
    const cached = this.indexes.get(tenantId);
    if (cached && cached.fingerprint === fingerprint) return cached;
    const built = { fingerprint, ...buildIndex(await this.articles.list(tenantId, { publishedOnly: true })) };
    this.indexes.set(tenantId, built);
    return built;
  }
}
