/** Inputs built to make a careless extractor slow: unbalanced quote marks, and one cue repeated 100,000 times. */
export interface HostileInput {
  name: string;
  text: string;
}

/** A text of `size` characters made of quote marks that never balance, mixed with words and line breaks. */
export function unbalancedQuotes(size: number): string {
  const pattern = '"a “b ‘c " d” \' e ’ « f said "\n';
  return pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size);
}

/** `"a," he said` repeated `times` times. */
export function repeatedAttribution(times: number): string {
  return '"a," he said '.repeat(times);
}

/** The hostile inputs the quote benchmark times. */
export function hostileInputs(): HostileInput[] {
  return [
    { name: '5 MB of unbalanced quote marks', text: unbalancedQuotes(5_000_000) },
    { name: '100,000 × "a," he said', text: repeatedAttribution(100_000) },
  ];
}
