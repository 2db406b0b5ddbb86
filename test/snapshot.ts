import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under a folder with a hash of its content: to prove a folder was left exactly as it was. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(sub: string): Promise<void> {
    const entries = await readdir(join(dir, sub), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const rel = join(sub, e.name);
      if (e.isDirectory()) await walk(rel);
      else
        out[rel] = createHash('sha1')
          .update(await readFile(join(dir, rel)))
          .digest('hex');
    }
  }
  await walk('');
  return out;
}
