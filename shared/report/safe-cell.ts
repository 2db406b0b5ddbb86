/**
 * Safe spreadsheet cells (OWASP "CSV injection"): a text that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return would be read by Excel as a formula. In a CSV such a text gets a leading
 * single quote, so Excel shows it as text; numbers are written as numbers and never changed. In an
 * xlsx a text is always a string cell (never a formula) and such a text also gets the text format.
 */

/** Whether a text cell would start a formula in a spreadsheet. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** A text cell for a CSV: prefixed with `'` when it would start a formula. */
export function safeCsvText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
