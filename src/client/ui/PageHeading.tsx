import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A page's h1. It takes focus when the page opens, so a screen reader announces the new page
 * after a client-side navigation as it would after a full load, and sets the document title.
 */
export function PageHeading({ children, title }: { children: ComponentChildren; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement?.closest('main') === null) ref.current?.focus();
  }, []);
  useEffect(() => {
    document.title = title ? `${title} · Guichet` : 'Guichet';
  }, [title]);
  return <h1 ref={ref} tabIndex={-1}>{children}</h1>;
}
