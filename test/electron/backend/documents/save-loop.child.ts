/**
 * Child process of the crash test: saves two versions of one document in turn, forever, through
 * the real workspace code. The parent kills it at random moments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspace } from '../../../../electron/backend/documents/workspace';
import { newDocument } from '../../../../shared/model/document';
import { indicator } from '../storage/docs';

const [dir] = process.argv.slice(2);
const workspace = createWorkspace({ dir: dir! });

function version(title: string, n: number) {
  const doc = newDocument('crash-doc', title, '2026-01-01T00:00:00.000Z');
  // Large enough (~75-150 KB) that a write takes a while and a kill can land in the middle of one.
  doc.preparation.indicators = Array.from({ length: n }, (_, i) => ({ ...indicator(i), name: `${title} indicator ${i}` }));
  return doc;
}
const versions = [version('A', 150), version('B', 300)];

/** The version not on disk now, so the first save that lands changes the file. */
function firstIndex(): number {
  try {
    return readFileSync(join(dir!, 'crash-doc.impactwijzer.json'), 'utf8').includes('"title": "A"') ? 1 : 0;
  } catch {
    return 0;
  }
}

/** The revision on disk now (the field as written; this process has not seen the file before). */
function revisionOnDisk(): number {
  try {
    return (JSON.parse(readFileSync(join(dir!, 'crash-doc.impactwijzer.json'), 'utf8')) as { revision?: number }).revision ?? 0;
  } catch {
    return 0;
  }
}

async function loop(): Promise<never> {
  // Ready as soon as the code is loaded (a kill may land in the start sweep); then a line per save.
  process.stdout.write('ready\n');
  let i = firstIndex();
  let base = revisionOnDisk();
  for (;;) {
    base = (await workspace.save(versions[i++ % 2]!, base)).revision;
    process.stdout.write('saved\n');
  }
}
void loop();
