/** What several specs share: the sample set back to preparation, going to a step, an axe scan. */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The sample under another id and title, set back to preparation: filled in, never frozen, nothing measured. */
export async function sampleInPreparation(id: string, title: string): Promise<Buffer> {
  const doc = JSON.parse(await readFile('assets/examples/medtech-heerlen.json', 'utf8'));
  doc.id = id;
  doc.context.title = title;
  doc.context.phase = 'preparation';
  doc.implementation = {};
  doc.evaluation = {};
  return Buffer.from(JSON.stringify(doc));
}

/** Goes to a step by its name in the navigation. */
export const step = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('button', { name: new RegExp(`^${name} \\(`) })
    .click();

/** An axe scan of the whole page (WCAG 2.1 A and AA): no violations. */
export async function axe(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${label}: ${v.id} ${v.help}`)).toEqual([]);
}
