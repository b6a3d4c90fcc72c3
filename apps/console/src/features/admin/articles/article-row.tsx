import type { Article } from '../../../shared/api/routing.types';
import { formatDateTime } from '../../../shared/format/time';
import { useSubmit } from '../use-submit';

export function ArticleRow({ article, onEdit, onPublish }: { readonly article: Article; readonly onEdit: () => void; readonly onPublish: (published: boolean) => Promise<unknown> }) {
  const submit = useSubmit();
  const published = article.status === 'published';
  return (
    <tr>
      <th scope="row">{article.title}</th>
      <td>{article.language}</td>
      <td>
        <span className={`chip ${published ? 'chip--given' : 'chip--unknown'}`}>{published ? 'Published' : 'Draft'}</span>
      </td>
      <td>
        rev. {article.revision} · {formatDateTime(article.updatedAt)}
      </td>
      <td className="button-row">
        <button type="button" className="button button--small" onClick={onEdit} aria-label={`Edit “${article.title}”`}>
          Edit
        </button>
        <button type="button" className="button button--small" disabled={submit.pending} onClick={() => void submit.run(() => onPublish(!published))} aria-label={`${published ? 'Unpublish' : 'Publish'} “${article.title}”`}>
          {published ? 'Unpublish' : 'Publish'}
        </button>
        {submit.error && (
          <span className="inline-error" role="alert">
            {submit.error}
          </span>
        )}
      </td>
    </tr>
  );
}
