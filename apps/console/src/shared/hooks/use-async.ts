import { useCallback, useEffect, useRef, useState } from 'react';

export type AsyncState<T> =
  | { readonly status: 'loading'; readonly reload: () => void }
  | { readonly status: 'error'; readonly error: unknown; readonly reload: () => void }
  | { readonly status: 'ready'; readonly data: T; readonly reload: () => void; readonly set: (data: T) => void };

/**
 * Loads data once and on `reload()`; a load that finishes after a newer one started (or after the
 * component left) is ignored, so a slow answer never overwrites a fresh one.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T }>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const set = useCallback((data: T) => setState({ status: 'ready', data }), []);

  useEffect(() => {
    const ticket = ++latest.current;
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    load().then(
      (data) => ticket === latest.current && setState({ status: 'ready', data }),
      (error: unknown) => ticket === latest.current && setState({ status: 'error', error }),
    );
    return () => {
      latest.current++;
    };
    // `load` is a fresh closure each render; the caller's deps say when it really changed.
  }, [...deps, generation]);

  if (state.status === 'ready') return { status: 'ready', data: state.data, reload, set };
  if (state.status === 'error') return { status: 'error', error: state.error, reload };
  return { status: 'loading', reload };
}
