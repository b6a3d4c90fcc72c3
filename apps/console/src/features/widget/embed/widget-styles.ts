/** The widget's styles, inside its shadow root: the host page's CSS cannot reach in, nor ours out. */
export const WIDGET_CSS = `
:host { all: initial; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b2330; }
* { box-sizing: border-box; }
/* The view shows and hides parts with the hidden attribute: no display rule below may undo it. */
[hidden] { display: none !important; }
button, input, textarea { font: inherit; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; border: 0; border-radius: 999px; padding: 14px 20px;
  background: #2453d6; color: #fff; font-weight: 600; box-shadow: 0 6px 20px rgba(20, 40, 90, .3); cursor: pointer; }
.launcher:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #f5b400; outline-offset: 2px; }
.panel { position: fixed; right: 20px; bottom: 20px; z-index: 2147483001; width: min(380px, calc(100vw - 24px)); height: min(560px, calc(100vh - 40px));
  display: flex; flex-direction: column; background: #fff; border-radius: 14px; box-shadow: 0 12px 40px rgba(20, 40, 90, .28); overflow: hidden; }
.panel[hidden] { display: none; }
.header { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 12px 14px; background: #2453d6; color: #fff; }
.header h2 { margin: 0; font-size: 16px; }
.icon { border: 0; background: transparent; color: inherit; font-size: 20px; line-height: 1; cursor: pointer; padding: 4px 8px; border-radius: 6px; }
.status { margin: 0; padding: 8px 14px; font-size: 13px; background: #eef2fb; color: #33415c; }
.log { flex: 1; overflow-y: auto; margin: 0; padding: 12px 14px; list-style: none; display: flex; flex-direction: column; gap: 8px; }
.msg { max-width: 85%; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; word-wrap: break-word; }
.msg--customer { align-self: flex-end; background: #2453d6; color: #fff; border-bottom-right-radius: 4px; }
.msg--agent { align-self: flex-start; background: #eef0f4; border-bottom-left-radius: 4px; }
.msg__who { display: block; font-size: 11px; opacity: .75; }
.intro { color: #4a5568; font-size: 14px; }
.suggestions { border: 1px solid #d8deea; border-radius: 10px; padding: 10px; background: #fafbfe; }
.suggestions h3 { margin: 0 0 6px; font-size: 13px; }
.suggestion { padding: 6px 0; border-top: 1px solid #e6e9f0; }
.suggestion:first-of-type { border-top: 0; }
.suggestion strong { display: block; }
.suggestion p { margin: 2px 0 6px; font-size: 13px; color: #4a5568; }
.row { display: flex; flex-wrap: wrap; gap: 6px; }
.rating { border: 1px solid #d8deea; border-radius: 10px; padding: 10px; background: #fafbfe; display: grid; gap: 8px; }
.rating h3 { margin: 0; font-size: 13px; }
.rating__scores { display: flex; gap: 6px; }
.rating__score { flex: 1; border: 1px solid #2453d6; background: #fff; color: #2453d6; border-radius: 8px; padding: 6px 0; cursor: pointer; font-weight: 600; }
.rating__score[aria-checked="true"] { background: #2453d6; color: #fff; }
.rating input { border: 1px solid #c9d1e0; border-radius: 8px; padding: 6px 8px; font: inherit; }
.btn { border: 1px solid #2453d6; background: #fff; color: #2453d6; border-radius: 8px; padding: 5px 10px; cursor: pointer; font-size: 13px; }
.btn--primary { background: #2453d6; color: #fff; }
.btn:disabled { opacity: .55; cursor: default; }
.typing { align-self: flex-start; font-size: 12px; color: #6b7280; font-style: italic; }
.details { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; padding: 8px 14px 0; }
.details input { width: 100%; padding: 6px 8px; border: 1px solid #c9d1e0; border-radius: 6px; font-size: 13px; }
.composer { display: flex; gap: 8px; padding: 10px 14px 14px; border-top: 1px solid #e6e9f0; }
.composer textarea { flex: 1; resize: none; padding: 8px 10px; border: 1px solid #c9d1e0; border-radius: 8px; min-height: 42px; max-height: 120px; }
.footer { display: flex; justify-content: space-between; gap: 8px; padding: 0 14px 10px; font-size: 12px; }
.link { border: 0; background: none; color: #2453d6; text-decoration: underline; cursor: pointer; padding: 0; font-size: 12px; }
.error { color: #b42318; font-size: 13px; padding: 0 14px; margin: 4px 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
