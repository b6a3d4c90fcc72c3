import { useEffect } from 'react';

/** Each screen names itself in the tab (and to screen readers announcing page changes). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Switchboard`;
  }, [title]);
}
