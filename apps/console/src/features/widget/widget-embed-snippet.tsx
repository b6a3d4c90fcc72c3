import { CopyButton } from '../../shared/components/copy-button';

/** The one line a site adds to embed the widget. */
export function WidgetEmbedSnippet({ tenant }: { readonly tenant: string }) {
  const snippet = `<script src="${window.location.origin}/widget.js" data-switchboard-widget data-tenant="${tenant}" defer></script>`;
  return (
    <div className="snippet">
      <p>Embed it on any site with:</p>
      <pre>
        <code>{snippet}</code>
      </pre>
      <CopyButton value={snippet} label="Copy the embed snippet" />
    </div>
  );
}
