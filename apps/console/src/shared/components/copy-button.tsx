import { useState } from 'react';

/** Copies a value to the clipboard and says so (for screen readers too). */
export function CopyButton({ value, label }: { readonly value: string; readonly label: string }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setCopied('copied'),
      // Clipboard access needs a secure context or permission: say so, the value is still selectable.
      () => setCopied('failed'),
    );
    window.setTimeout(() => setCopied('idle'), 2000);
  };
  return (
    <button type="button" className="button button--small" onClick={copy} aria-label={label}>
      <span aria-live="polite">{copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Copy failed: select the text' : 'Copy'}</span>
    </button>
  );
}
