/** Offers bytes or text as a file download (the browser's download; the desktop app uses a save dialog). */
export function download(fileName: string, content: string | Uint8Array, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type: typeof content === 'string' ? `${type};charset=utf-8` : type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
