import { describeError } from '../api/api-error';

/** A failure in words, with a way to try again when there is one. */
export function ErrorState({ error, onRetry, title = 'Something went wrong' }: { readonly error: unknown; readonly onRetry?: () => void; readonly title?: string }) {
  return (
    <div className="state state--error" role="alert">
      <strong>{title}</strong>
      <span>{describeError(error)}</span>
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
