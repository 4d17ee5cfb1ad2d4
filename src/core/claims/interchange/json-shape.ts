/** What a cheap pass over JSON text found: how deep it nests, and how many values it holds. */
export interface JsonShape {
  depth: number;
  values: number;
}

/**
 * Measures JSON text without building it: the deepest nesting of arrays and objects and the number of values
 * (containers and scalars), stopping early once either passes its cap. Linear in the text and allocation-free,
 * so a file can be refused before `JSON.parse` turns 48 MB into gigabytes of objects. Strings are skipped with
 * their escapes; malformed text is measured as far as it goes and left for the parser to refuse.
 */
export function measureJson(text: string, maxDepth: number, maxValues: number): JsonShape {
  let depth = 0;
  let deepest = 0;
  let values = 0;
  let inScalar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      inScalar = false;
      values++;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      inScalar = false;
      values++;
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      inScalar = false;
      depth--;
    } else if (c === 44 /* , */ || c === 58 /* : */ || c <= 32) {
      inScalar = false;
    } else if (!inScalar) {
      // The first character of a number, true, false or null.
      inScalar = true;
      values++;
    }
    if (deepest > maxDepth || values > maxValues) break;
  }
  return { depth: deepest, values };
}
