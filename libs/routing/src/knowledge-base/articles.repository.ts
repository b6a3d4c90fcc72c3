import type { SqlDatabase } from '@switchboard/infra-sql';
import type { Article, ArticleDraft } from './article';

interface ArticleRow {
  id: string;
  language: string;
  title: string;
  body: string;
  tags: string[] | string;
  status: 'draft' | 'published';
  revision: number;
  created_at: Date | string;
  updated_at: Date | string;
  published_at: Date | string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();

function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    language: row.language,
    title: row.title,
    body: row.body,
    tags: typeof row.tags === 'string' ? (JSON.parse(row.tags) as string[]) : row.tags,
    status: row.status,
    revision: row.revision,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    publishedAt: row.published_at === null ? null : iso(row.published_at),
  };
}

const COLUMNS = 'id, language, title, body, tags, status, revision, created_at, updated_at, published_at';

/** Articles per tenant; every query is scoped by tenant id. */
export class ArticlesRepository {
  constructor(private readonly db: SqlDatabase) {}

  async list(tenantId: string, options: { publishedOnly?: boolean } = {}): Promise<Article[]> {
    const filter = options.publishedOnly ? " and status = 'published'" : '';
    const result = await this.db.query<ArticleRow>(`select ${COLUMNS} from kb_articles where tenant_id = $1${filter} order by id`, [tenantId]);
    return result.rows.map(toArticle);
  }

  async get(tenantId: string, id: string): Promise<Article | null> {
    const result = await this.db.query<ArticleRow>(`select ${COLUMNS} from kb_articles where tenant_id = $1 and id = $2`, [tenantId, id]);
    const row = result.rows[0];
    return row ? toArticle(row) : null;
  }

  async create(tenantId: string, id: string, draft: ArticleDraft): Promise<Article> {
    const result = await this.db.query<ArticleRow>(
      `insert into kb_articles (tenant_id, id, language, title, body, tags, status) values ($1, $2, $3, $4, $5, $6, 'draft') returning ${COLUMNS}`,
      [tenantId, id, draft.language, draft.title, draft.body, JSON.stringify(draft.tags)],
    );
    return toArticle(result.rows[0] as ArticleRow);
  }

  /** An edit of a published article stays published (customers see the new text at once). */
  async update(tenantId: string, id: string, draft: ArticleDraft): Promise<Article | null> {
    const result = await this.db.query<ArticleRow>(
      `update kb_articles set language = $3, title = $4, body = $5, tags = $6, revision = revision + 1, updated_at = now()
       where tenant_id = $1 and id = $2 returning ${COLUMNS}`,
      [tenantId, id, draft.language, draft.title, draft.body, JSON.stringify(draft.tags)],
    );
    const row = result.rows[0];
    return row ? toArticle(row) : null;
  }

  async setStatus(tenantId: string, id: string, status: 'draft' | 'published'): Promise<Article | null> {
    const result = await this.db.query<ArticleRow>(
      `update kb_articles set status = $3, updated_at = now(), published_at = case when $3 = 'published' then now() else published_at end
       where tenant_id = $1 and id = $2 returning ${COLUMNS}`,
      [tenantId, id, status],
    );
    const row = result.rows[0];
    return row ? toArticle(row) : null;
  }

  /** Changes whenever a published article is added, edited, withdrawn or deleted: the search index's cache key. */
  async publishedFingerprint(tenantId: string): Promise<string> {
    const result = await this.db.query<{ n: string | number; latest: Date | string | null }>(
      `select count(*) as n, max(updated_at) as latest from kb_articles where tenant_id = $1`,
      [tenantId],
    );
    const row = result.rows[0];
    return `${row?.n ?? 0}|${row?.latest ? iso(row.latest) : ''}`;
  }
}
