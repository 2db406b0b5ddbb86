// @vitest-environment jsdom
/**
 * The adjustments step with many effects: each effect is named as before (theme, numbered when an
 * option has several on one theme, and the option), and an adjustment's list of effects searches
 * instead of showing every box. Real store over a temp workspace.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_MATCHES } from '../../../renderer/components/long-checks';
import { AdjustmentsStep, CHANGES_PAGE_SIZE } from '../../../renderer/phases/implementation/adjustments-step';
import { freezeRecord } from '../../../shared/model/freeze';
import { Effect, PolicyOption } from '../../../shared/model/document';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

describe('adjustments with 60 effects', () => {
  it('names each effect by theme, number and option, and searches the long list of effects; a tick reaches the document', async () => {
    const { store } = await renderWithDocument(<AdjustmentsStep />);
    store.assessment.edit('many', (d) => {
      d.preparation.options = [PolicyOption.parse({ id: 'opt1', name: 'Banenplan' })];
      d.preparation.effects = [
        ...Array.from({ length: 59 }, (_, i) =>
          Effect.parse({ id: `e${i + 1}`, optionId: 'opt1', theme: 'arbeid-en-vrije-tijd', direction: 1 }),
        ),
        Effect.parse({ id: 'e60', optionId: 'opt1', theme: 'wonen', direction: -1 }),
      ];
      d.implementation.adjustments = [
        {
          id: 'adj1',
          date: '2026-01-05',
          decision: 'Bijgesteld',
          reason: '',
          indicatorIds: [],
          effectIds: ['e60'],
          changesAmbition: false,
        },
      ];
    });
    const user = userEvent.setup();
    await user.click(await screen.findByText(/^Bijstelling 1 ·/));
    const group = await screen.findByRole('group', { name: /^Betrokken effecten \(1 gekozen\)/ });
    const boxes = () =>
      within(group)
        .queryAllByRole('checkbox')
        .map((b) => b.parentElement!.textContent!.replace(/ \(Bijstelling 1\)$/, ''));
    // The ticked one and the first 20 others, no more.
    expect(boxes()).toHaveLength(MAX_MATCHES + 1);
    expect(boxes()).toContain('Wonen (Banenplan)');
    expect(boxes()).toContain('Arbeid en vrije tijd, effect 1 (Banenplan)');
    await user.type(within(group).getByRole('searchbox'), 'effect 42');
    expect(boxes()).toEqual(['Arbeid en vrije tijd, effect 42 (Banenplan)', 'Wonen (Banenplan)']);
    await user.click(within(group).getByRole('checkbox', { name: /^Arbeid en vrije tijd, effect 42 / }));
    expect(store.assessment.document!.implementation.adjustments[0]!.effectIds).toEqual(['e60', 'e42']);
  }, 60_000);
  it('pages the changes still to explain, 50 at a time; recording one on page 2 adds its adjustment', async () => {
    const { store } = await renderWithDocument(<AdjustmentsStep />);
    store.assessment.edit('frozen, then 60 effects added', (d) => {
      d.preparation.options = [PolicyOption.parse({ id: 'opt1', name: 'Banenplan' })];
      d.preparation.effects = [];
      d.implementation.frozen = freezeRecord(JSON.parse(JSON.stringify(d)), { by: 'Beleidsmedewerker', at: '2026-01-05T10:00:00.000Z' });
      d.preparation.effects = Array.from({ length: 60 }, (_, i) =>
        Effect.parse({ id: `e${i + 1}`, optionId: 'opt1', theme: 'wonen', direction: 1 }),
      );
    });
    const user = userEvent.setup();
    const pager = await screen.findByRole('navigation', { name: 'Bladeren door Gewijzigde verwachtingen zonder besluit' });
    expect(within(pager).getByRole('status').textContent).toBe(`1–${CHANGES_PAGE_SIZE} van 60`);
    expect(screen.getAllByRole('button', { name: /^Wijziging van .* vastleggen als bijstelling$/ })).toHaveLength(CHANGES_PAGE_SIZE);
    await user.click(within(pager).getByRole('button', { name: `Volgende ${CHANGES_PAGE_SIZE}` }));
    const record = screen.getAllByRole('button', { name: /^Wijziging van .* vastleggen als bijstelling$/ });
    expect(record).toHaveLength(10);
    await user.click(record.at(-1)!);
    expect(store.assessment.document!.implementation.adjustments.map((a) => a.effectIds)).toEqual([['e60']]);
  }, 60_000);
});
