/// <reference lib="webworker" />
/**
 * The PDF report, made off the UI thread: the same shared/report code as the CLI, with the
 * fonts fetched from the app's own assets. Posts progress per painted page.
 */
import { toBase64 } from '../../shared/base64';
import type { AssessmentDocument } from '../../shared/model/document';
import { reportContent, type ReportOptions } from '../../shared/report/content';
import { loadHyphenation } from '../../shared/report/hyphenate';
import { renderPdf } from '../../shared/report/pdf';
import { renderDocx } from '../../shared/report/docx/write';
import { raadsvoorstelContent } from '../../shared/report/raadsvoorstel';

export interface ReportRequest {
  document: AssessmentDocument;
  options: ReportOptions;
  fontUrls: { regular: string; bold: string; fallbacks: { name: string; url: string }[] };
  /** PDF (the default), the report as Word, or the paragraph for the council proposal as Word (issue 16). */
  format?: 'pdf' | 'docx' | 'raadsvoorstel';
}

export type ReportMessage =
  { type: 'progress'; done: number; total: number } | { type: 'done'; bytes: Uint8Array } | { type: 'error'; message: string };

async function base64(url: string): Promise<string> {
  return toBase64(new Uint8Array(await (await fetch(url)).arrayBuffer()));
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<ReportRequest>) => {
  try {
    const { document, options, fontUrls, format = 'pdf' } = event.data;
    if (format !== 'pdf') {
      const content =
        format === 'docx' ? reportContent(document, options) : raadsvoorstelContent(document, { lang: options.lang, today: options.today });
      const bytes = await renderDocx(content, { compact: format === 'raadsvoorstel' });
      scope.postMessage({ type: 'done', bytes } satisfies ReportMessage, [bytes.buffer]);
      return;
    }
    const [regular, bold, hyphenation, ...fallbacks] = await Promise.all([
      base64(fontUrls.regular),
      base64(fontUrls.bold),
      // Only the patterns of the report's language are loaded.
      loadHyphenation(options.lang),
      ...fontUrls.fallbacks.map(async (f) => ({ name: f.name, data: await base64(f.url) })),
    ]);
    const fonts = { regular, bold, fallbacks };
    const { bytes } = renderPdf(
      reportContent(document, options),
      fonts,
      (done, total) => scope.postMessage({ type: 'progress', done, total } satisfies ReportMessage),
      hyphenation,
    );
    scope.postMessage({ type: 'done', bytes } satisfies ReportMessage, [bytes.buffer]);
  } catch (err) {
    scope.postMessage({ type: 'error', message: (err as Error).message } satisfies ReportMessage);
  }
};
