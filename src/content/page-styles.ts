/**
 * Adds our stylesheet to the page without adding an element where the browser allows it (constructed
 * stylesheets), else as a <style> element. The page can read it, so it never holds anything of the reader's.
 */
export function adoptStyles(css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Firefox content scripts cannot hand their own stylesheet objects to the page's document.
    const style = document.createElement('style');
    style.dataset.counterclaim = '';
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
  }
}
