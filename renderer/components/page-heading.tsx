import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The one h1 of a screen. After the user moves to another screen it takes focus, so keyboard and
 * screen-reader users start there; on the first screen focus stays at the top of the page.
 */
export function PageHeading({ children, focusOnMount }: { children: ReactNode; focusOnMount: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
