import { WidgetController } from './widget-controller';
import { readConfig, WIDGET_SCRIPT_SELECTOR } from './widget-config';

/**
 * The embeddable chat widget (served as /widget.js). A site adds:
 *
 *   <script src="https://switchboard.example/widget.js" data-switchboard-widget data-tenant="demo" defer></script>
 *
 * and gets a "Chat with us" button. `window.SwitchboardWidget.open()` / `.close()` drive it from the page.
 */

// document.currentScript is only set while a classic script first runs: read it now.
const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>(WIDGET_SCRIPT_SELECTOR);
let controller: WidgetController | null = null;

function mount(): void {
  // Loaded twice (a page and a tag manager both adding it): one widget only.
  if (controller || document.querySelector('[data-switchboard-widget-host]')) return;
  const config = readConfig(script);
  controller = new WidgetController(config);
  controller.mount(document.body, config.open);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
else mount();

export function open(): void {
  controller?.open();
}

export function close(): void {
  controller?.close();
}
