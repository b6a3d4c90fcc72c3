import type { ReactNode } from 'react';

/** What an empty list says, and what to do about it. */
export function EmptyState({ title, children }: { readonly title: string; readonly children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <strong>{title}</strong>
      {children && <span>{children}</span>}
    </div>
  );
}
