import type { ReactNode } from 'react';
import type { AsyncState } from '../hooks/use-async';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

/** Loading, error or the data: the three states every fetched view has. */
export function AsyncView<T>({ state, label, children }: { readonly state: AsyncState<T>; readonly label?: string; readonly children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <LoadingState label={label} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={state.reload} />;
  return <>{children(state.data)}</>;
}
