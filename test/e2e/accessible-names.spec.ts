import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { STEP_LIST } from '../../shared/steps/list';
import { messages } from '../../shared/i18n';
import { expect, openApp, test } from './fixtures';

// Injected through evaluate (not a script tag), which the app's strict CSP allows.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Every control of the step's content with its accessible name as axe computes it (the accname
 * algorithm screen readers follow). A radio is named within its group (fieldset legend or
 * radiogroup), the way it is announced.
 */
function namesOnStep(): string[] {
  interface Axe {
    setup(node: Element): unknown;
    teardown(): void;
    utils: { getNodeFromTree(node: Element): unknown };
    commons: { text: { accessibleTextVirtual(node: unknown): string } };
  }
  const axe = (window as unknown as { axe: Axe }).axe;
  const body = document.querySelector('.step-body')!;
  axe.setup(document.documentElement);
  const name = (el: Element) => axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(el)).replace(/\s+/g, ' ').trim();
  const controls = [...body.querySelectorAll('button, input, select, textarea, summary, a[href]')].filter(
    (el) => !(el instanceof HTMLInputElement && el.type === 'hidden') && (el as HTMLElement).offsetParent !== null,
  );
  const result = controls.map((el) => {
    const own = `${el.tagName.toLowerCase()}${el instanceof HTMLInputElement ? `[${el.type}]` : ''}: ${name(el)}`;
    if (!(el instanceof HTMLInputElement && el.type === 'radio')) return own;
    const group = el.closest('fieldset, [role=radiogroup]');
    const groupName = group ? name(group) || group.querySelector('legend')?.textContent || '' : '';
    return `${groupName} › ${own}`;
  });
  axe.teardown();
  return result;
}

for (const lang of ['nl', 'en'] as const) {
  test(`every control on every step of the example has a name of its own (${lang})`, async ({ page, app }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, app);
    if (lang === 'en') await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: lang === 'nl' ? 'Voorbeeld openen' : 'Open example' }).click();
    const nav = page.getByRole('navigation', { name: lang === 'nl' ? 'Stappen' : 'Steps' });
    await expect(nav).toBeVisible();
    await page.evaluate(axeSource);
    const duplicates: string[] = [];
    let total = 0;
    for (const step of STEP_LIST.map((s) => s.id)) {
      const title = messages[lang].steps[step as keyof (typeof messages)['nl']['steps']];
      await nav.getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')} \\(`) }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await page
        .locator('.step-body details:not([open]) > summary')
        .evaluateAll((els) => els.forEach((el) => ((el.parentElement as HTMLDetailsElement).open = true)));
      const names = await page.evaluate(namesOnStep);
      total += names.length;
      const seen = new Map<string, number>();
      for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
      for (const [n, count] of seen) if (count > 1) duplicates.push(`${step}: ${count}× ${n}`);
    }
    expect(duplicates).toEqual([]);
    expect(total).toBeGreaterThan(100);
  });
}
