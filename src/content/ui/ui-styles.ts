/** Styles of the content UI (quote card, selection button), in light and dark. */
export const uiCss = `
:host { color-scheme: light dark; }
.card, .bar {
  position: fixed; box-sizing: border-box; max-width: calc(100vw - 16px);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1b1f24; background: #fff; border: 1px solid #d0d7de; border-radius: 10px;
  box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 12px 14px;
}
.card[hidden], .bar[hidden] { display: none; }
.card:focus { outline: none; }
.card:focus-visible, button:focus-visible, a:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.who { font-weight: 650; margin: 0 0 2px; }
.meta { color: #57606a; font-size: 12.5px; margin: 0 0 8px; }
.disputed { color: #b3261e; font-weight: 600; margin: 8px 0 4px; }
.other { margin: 0 0 6px; padding-left: 10px; border-left: 3px solid #e5534b; }
.other q { font-style: italic; }
.reason { color: #57606a; font-size: 12.5px; }
.agree { color: #1a7f37; font-size: 12.5px; margin-top: 6px; }
.message { margin: 4px 0; }
a { color: #0969da; }
button {
  font: inherit; font-size: 13px; cursor: pointer; border-radius: 6px; padding: 4px 10px;
  border: 1px solid #d0d7de; background: #f6f8fa; color: inherit;
}
.bar { display: flex; gap: 6px; padding: 6px; border-radius: 8px; }
.close { float: right; border: none; background: transparent; font-size: 16px; padding: 0 4px; line-height: 1; }
@media (prefers-color-scheme: dark) {
  .card, .bar { color: #e6edf3; background: #161b22; border-color: #30363d; }
  .meta, .reason { color: #9da7b3; }
  .disputed { color: #ff7b72; }
  a { color: #58a6ff; }
  button { background: #21262d; border-color: #30363d; }
}
`;
