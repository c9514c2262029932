import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useAddressAfterFrame } from './links-after-frame';

/** A link to another site: it opens in a new tab, with no handle on this one. */
export function ExternalLink({ href: to, children }: { href: string; children: ComponentChildren }) {
  const ref = useRef<HTMLAnchorElement>(null);
  useAddressAfterFrame(ref);
  return (
    <a ref={ref} href={to} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
