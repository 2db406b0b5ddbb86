// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FINDINGS_PAGE_SIZE, FindingsPanel } from '../../../renderer/wizard/findings-panel';
import { indicator } from '../../shared/analysis/build';
import { stepOf } from '../../../shared/steps/list';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

describe('the findings panel of a large document', () => {
  it('shows 50 findings at a time and pages by keyboard; every finding stays reachable and its link goes to its step', async () => {
    const { store } = await renderWithDocument(<FindingsPanel />);
    store.assessment.edit('many', (d) => {
      d.preparation.indicators = Array.from({ length: 80 }, (_, i) =>
        indicator({ id: `ind-${i + 1}`, name: `Meetpunt ${i + 1}`, theme: 'welzijn', source: '', baseline: null, target: null }),
      );
    });
    const pager = await screen.findByRole('navigation', { name: 'Bladeren door de punten die nog ontbreken' });
    const phase = store.assessment.findings.filter((f) => stepOf(f.target.step).phase === store.wizard.phase);
    expect(phase.length).toBeGreaterThan(FINDINGS_PAGE_SIZE);
    const panel = screen.getByRole('complementary');
    const status = () => within(pager).getByRole('status').textContent;
    const nf = (n: number) => n.toLocaleString('nl-NL');
    expect(within(panel).getAllByRole('link')).toHaveLength(FINDINGS_PAGE_SIZE);
    expect(status()).toBe(`1–50 van ${nf(phase.length)}`);

    const user = userEvent.setup();
    let seen = within(panel).getAllByRole('link').length;
    for (let from = FINDINGS_PAGE_SIZE; from < phase.length; from += FINDINGS_PAGE_SIZE) {
      within(pager).getByRole('button', { name: 'Volgende 50' }).focus();
      await user.keyboard('{Enter}');
      expect(status()).toBe(`${from + 1}–${Math.min(from + FINDINGS_PAGE_SIZE, phase.length)} van ${nf(phase.length)}`);
      seen += within(panel).getAllByRole('link').length;
    }
    expect(seen).toBe(phase.length);

    // A link on the last page still takes the user to its step.
    const last = within(panel).getAllByRole('link').at(-1)!;
    await user.click(last);
    expect(store.wizard.step).toBe(phase.at(-1)!.target.step);
  }, 120_000);
});
