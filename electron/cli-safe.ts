/**
 * What the command line prints may quote a document (a title, a name, a value in an error), and a
 * document can hold anything: ESC sequences would move the cursor, recolour or retitle the
 * terminal, or hide text. Every line the CLI prints passes through here.
 */

// C0 controls except tab and newline, DEL, and the C1 controls (U+0080–U+009F, among them CSI U+009B).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text without control characters; tab and newline stay (a carriage return goes: it would overwrite the line). */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '');
}
