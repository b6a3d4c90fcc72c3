/** How a site configures the widget: attributes on its script tag. */
export interface WidgetConfig {
  /** The tenant's public widget key (`data-tenant`, the tenant id for now). */
  readonly tenant: string;
  /** Where Switchboard runs (`data-server`); by default where the script was loaded from. */
  readonly server: string;
  /** The panel's heading (`data-title`). */
  readonly title: string;
  /**
   * Language for suggestions and routing (`data-language`, else the page's `<html lang>`): routing
   * prefers agents who speak it and falls back to the others, so a guess never strands a contact.
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
    language: data['language'] ?? pageLanguage(),
    open: data['open'] === 'true',
  };
}

/** The primary subtag of the page's language (`en` of `en-GB`), when it has one. */
function pageLanguage(): string | null {
  const primary = document.documentElement.lang.split('-')[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
