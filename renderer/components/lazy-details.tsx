import { observer } from 'mobx-react-lite';
import { useEffect, useState, type ReactNode } from 'react';
import { useStore } from '../stores/context';
import { FoldState } from './fold-state';

/**
 * A <details> whose content is only rendered while it is open, so a list of 150 indicators stays
 * light. It opens by itself when a finding points at a field inside it (ids start "f-<itemId>-").
 */
export const LazyDetails = observer(function LazyDetails({
  itemId,
  summary,
  children,
  className,
  texts,
}: {
  itemId: string;
  summary: ReactNode;
  children: () => ReactNode;
  className?: string;
  /** The texts the fold holds: the summary then says, in words, whether they are filled in (with a preview). */
  texts?: (string | null | undefined)[];
}) {
  const { wizard } = useStore();
  const [open, setOpen] = useState(false);
  const wanted = wizard.pendingFocus?.startsWith(`f-${itemId}-`) ?? false;
  const isOpen = open || wanted;
  // Stay open once a finding or a new item opened it.
  useEffect(() => {
    if (wanted) setOpen(true);
  }, [wanted]);
  return (
    <details
      id={`s-${itemId}`}
      className={className}
      open={isOpen}
      onToggle={(e) => {
        const now = (e.currentTarget as HTMLDetailsElement).open;
        if (now !== open) setOpen(now);
      }}
    >
      <summary>
        {summary}
        {texts ? <FoldState texts={texts} /> : null}
      </summary>
      {isOpen ? children() : null}
    </details>
  );
});
