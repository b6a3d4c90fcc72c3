/** How a site configures the widget: attributes on its script tag. */
export interface WidgetConfig {
  /** The tenant's public widget key (`data-tenant`, the tenant id for now). */
  readonly tenant: string;
  /** Where Switchboard runs (`data-server`); by default where the script was loaded from. */
  readonly server: string;
  /** The panel's heading (`data-title`). */
  readonly title: string;
  /**
   * BCP-47 language for suggestions and routing (`data-language`). Not guessed from the page: routing
   * offers a contact with a language only to agents who list it, so a guess could strand it.
   */
  readonly language: string | null;
  /** Open the panel at once (`data-open="true"`). */
  readonly open: boolean;
}

export const WIDGET_SCRIPT_SELECTOR = 'script[data-switchboard-widget]';

export function readConfig(script: HTMLScriptElement | null): WidgetConfig {
  const data = script?.dataset ?? {};
  const server = data['server'] ?? (script?.src ? new URL(script.src, window.location.href).origin : window.location.origin);
  return {
    tenant: data['tenant'] ?? 'demo',
    server: server.replace(/\/$/, ''),
    title: data['title'] ?? 'Chat with us',
    language: data['language'] ?? null,
    open: data['open'] === 'true',
  };
}
