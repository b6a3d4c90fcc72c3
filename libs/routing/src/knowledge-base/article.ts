/** A knowledge-base article. Only published ones are suggested to customers. */
export interface Article {
  readonly id: string;
  readonly language: string;
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
  readonly status: 'draft' | 'published';
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly publishedAt: string | null;
}

export interface ArticleDraft {
  readonly language: string;
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
}
