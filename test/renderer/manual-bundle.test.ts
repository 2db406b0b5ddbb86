import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manualEn } from '../../shared/i18n/manual.en';
import { manualNl } from '../../shared/i18n/manual.nl';

// The renderer as built by the test setup (test/setup/build-renderer.ts).
const dir = 'out/renderer';
const read = (file: string) => readFileSync(join(dir, 'assets', file), 'utf8');
const chunks = () => readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));

describe('the manual in the built renderer', () => {
  it('is one lazy chunk: neither the start chunk nor the wizard holds its pages', () => {
    const entry = /<script[^>]+src="\.?\/?assets\/([^"]+\.js)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1];
    // A sentence only the manual has, in each language.
    const markers = [manualNl.effects.sections![2]!.title, manualEn.effects.sections![2]!.title];
    for (const marker of markers) {
      const holding = chunks().filter((f) => read(f).includes(marker));
      expect(holding, marker).toHaveLength(1);
      expect(holding[0]).not.toBe(entry);
      expect(holding[0]).toMatch(/^manual-screen/);
    }
  });
});
