import type { Backend } from '../../shared/api';
import type { Capabilities } from '../platform';
import type { AssessmentDocument } from '../../shared/model/document';
import type { ReportOptions } from '../../shared/report/content';
import boldUrl from '../../assets/fonts/NotoSans-Bold.ttf?url';
import regularUrl from '../../assets/fonts/NotoSans-Regular.ttf?url';
import symbols2Url from '../../assets/fonts/NotoSansSymbols2-Regular.ttf?url';
import symbolsUrl from '../../assets/fonts/NotoSansSymbols-Regular.ttf?url';
import mathUrl from '../../assets/fonts/NotoSansMath-Regular.ttf?url';
import arabicUrl from '../../assets/fonts/NotoSansArabic-Regular.ttf?url';
import hebrewUrl from '../../assets/fonts/NotoSansHebrew-Regular.ttf?url';
import { FALLBACK_FONTS } from '../../shared/report/font-files';
import { download } from '../components/download';
import { toBase64 } from '../../shared/base64';
import type { ReportMessage, ReportRequest } from './report.worker';

/** Makes the PDF (or, by `format`, the Word file) in a Web Worker; `onProgress` hears (page, pages) of a PDF. */
export function makePdf(
  document: AssessmentDocument,
  options: ReportOptions,
  onProgress: (done: number, total: number) => void,
  format: ReportRequest['format'] = 'pdf',
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ReportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.done, message.total);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message.bytes);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker'));
    };
    const base = window.location.href;
    const request: ReportRequest = {
      document,
      options,
      fontUrls: {
        regular: new URL(regularUrl, base).href,
        bold: new URL(boldUrl, base).href,
        // In the order of FALLBACK_FONTS.
        fallbacks: [symbols2Url, symbolsUrl, mathUrl, arabicUrl, hebrewUrl].map((url, i) => ({
          name: FALLBACK_FONTS[i]!,
          url: new URL(url, base).href,
        })),
      },
      format,
    };
    worker.postMessage(request);
  });
}

/**
 * Saves export bytes: through the backend's native save dialog in the desktop app, or as a
 * download in the browser. Returns the saved name, or null when the user cancelled.
 */
export async function saveBytes(
  backend: Backend,
  capabilities: Capabilities,
  kind: 'pdf' | 'csv' | 'docx' | 'xlsx',
  name: string,
  bytes: Uint8Array,
  type: string,
): Promise<{ name: string; downloaded: boolean } | null> {
  if (capabilities.nativeSaveDialog) {
    const result = await backend.fileSave({ kind, suggestedName: name, contentBase64: toBase64(bytes) });
    return result.saved ? { name: result.path ?? name, downloaded: false } : null;
  }
  download(name, bytes, type);
  return { name, downloaded: true };
}
