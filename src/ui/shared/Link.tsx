import type { ComponentChildren, JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { href, onLinkClick } from '../router';
import { useAddressAfterFrame } from './after-frame';

type Props = Omit<JSX.HTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children: ComponentChildren };

/** An in-app link: a real <a href> (so it can be opened in a new tab) that navigates without reloading. */
export function Link({ to, children, ...rest }: Props) {
  const ref = useRef<HTMLAnchorElement>(null);
  useAddressAfterFrame(ref);
  return (
    <a {...rest} ref={ref} href={href(to)} onClick={onLinkClick}>
      {children}
    </a>
  );
}

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
