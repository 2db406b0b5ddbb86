import { observer } from 'mobx-react-lite';
import { useEffect, useState, type ReactNode } from 'react';
import { useStore } from '../stores/context';
import { FoldState } from './fold-state';

/**
 * A <details> whose content is only rendered while it is open, so a list of 150 indicators stays
 * light. It opens by itself when a finding points at a field inside it (ids start "f-<itemId>-", or
 * are one of `holds`).
 */
export const LazyDetails = observer(function LazyDetails({
  itemId,
  id,
  holds,
  summary,
  children,
  className,
  texts,
}: {
  itemId: string;
  /** The fold's own id; "s-<itemId>" when not given. */
  id?: string;
  /** The ids of the fields inside, when the fold holds only some of the item's fields. */
  holds?: readonly string[];
  summary: ReactNode;
  children: () => ReactNode;
  className?: string;
  /** The texts the fold holds: the summary then says, in words, whether they are filled in (with a preview). */
  texts?: (string | null | undefined)[];
}) {
  const { wizard } = useStore();
  const [open, setOpen] = useState(false);
  const pending = wizard.pendingFocus;
  const wanted = pending !== null && (holds ? holds.includes(pending) : pending.startsWith(`f-${itemId}-`));
  const isOpen = open || wanted;
  // Stay open once a finding or a new item opened it.
  useEffect(() => {
    if (wanted) setOpen(true);
  }, [wanted]);
  return (
    <details
      id={id ?? `s-${itemId}`}
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
