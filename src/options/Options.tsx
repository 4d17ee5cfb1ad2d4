/** The options page: sources, collection and the reader's data. */
export function Options() {
  return (
    <main>
      <h1>Counterclaim settings</h1>
    </main>
  );
}
