/**
 * The manual: one page per step (what, why, an example from the Heerlen sample, common mistakes),
 * searchable. A modal dialog (Escape closes it), loaded on first use with its catalogue files.
 */
import { runInAction } from 'mobx';
import { observer } from 'mobx-react-lite';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import { manualPage, matches, type ManualPage } from '../../shared/i18n/manual';
import { STEP_LIST, type StepId } from '../../shared/steps/list';
import { useStore } from '../stores/context';
import { manualState } from './manual-state';

const Page = observer(function Page({ step, page, current }: { step: StepId; page: ManualPage; current: boolean }) {
  const { t } = useTranslation();
  const id = `manual-${step}`;
  return (
    <section className={`manual-page${current ? ' current' : ''}`} aria-labelledby={`${id}-title`} id={id}>
      <h3 id={`${id}-title`} tabIndex={-1}>
        {t(`steps.${step}`)}
      </h3>
      <p className="hint">{t('a11y.manual.phase', { phase: t(`phase.${STEP_LIST.find((s) => s.id === step)!.phase}`) })}</p>
      <h4>{t('a11y.manual.what')}</h4>
      <p>{page.what}</p>
      <h4>{t('a11y.manual.why')}</h4>
      <p>{page.why}</p>
      {(page.sections ?? []).map((s) => (
        <div key={s.title}>
          <h4>{s.title}</h4>
          <p>{s.text}</p>
        </div>
      ))}
      <h4>{t('a11y.manual.example')}</h4>
      <p>{page.example}</p>
      <h4>{t('a11y.manual.mistakes')}</h4>
      <ul>
        {page.mistakes.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </section>
  );
});

export const ManualScreen = observer(function ManualScreen() {
  const { t, i18n } = useTranslation();
  const { ui } = useStore();
  const ref = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const searchId = useId();
  const [query, setQuery] = useState('');
  // The button that opened the manual gets the focus back when it closes.
  const opener = useRef(document.activeElement as HTMLElement | null);
  const close = () => {
    runInAction(() => (manualState.step = null));
    ui.openDialog(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const step = manualState.step;
  const lang = i18n.language;

  const pages = useMemo(
    () => STEP_LIST.map((s) => ({ step: s.id, page: manualPage(lang, s.id) })).filter((p) => matches(query, t(`steps.${p.step}`), p.page)),
    [lang, query, t],
  );

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
    const heading = step ? document.getElementById(`manual-${step}-title`) : null;
    if (heading) {
      heading.focus();
      heading.scrollIntoView?.({ block: 'start' });
    } else search.current?.focus();
    // Only on opening: typing in the search field must not move the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog info-dialog manual-screen"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id={titleId}>{t('a11y.manual.title')}</h2>
      <p>{t('manual.intro')}</p>
      <ol>
        {[0, 1, 2].map((i) => (
          <li key={i}>{t(`manual.steps.${i}`)}</li>
        ))}
      </ol>
      <p>{t('manual.keys')}</p>
      <div className="field manual-search" role="search">
        <label htmlFor={searchId}>{t('a11y.manual.search')}</label>
        <input
          ref={search}
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          // Escape closes the manual here too (a search field would only clear itself).
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            close();
          }}
        />
      </div>
      <p role="status">{t('a11y.manual.results', { count: pages.length })}</p>
      {pages.map((p) => (
        <Page key={p.step} step={p.step} page={p.page} current={p.step === step} />
      ))}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('a11y.manual.close')}
        </button>
      </div>
    </dialog>
  );
});
