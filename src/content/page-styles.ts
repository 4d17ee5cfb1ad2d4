/**
 * Adds our stylesheet to the page without adding an element where the browser allows it (constructed
 * stylesheets), else as a <style> element; returns a function that replaces its text.
 */
export function adoptStyles(css: string): (css: string) => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return (next) => sheet.replaceSync(next);
  } catch {
    // Firefox content scripts cannot hand their own stylesheet objects to the page's document.
    const style = document.createElement('style');
    style.dataset.counterclaim = '';
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
    return (next) => {
      style.textContent = next;
    };
  }
}
