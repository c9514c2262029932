import type { ComponentChildren, JSX } from 'preact';
import { href, onLinkClick } from '../router';

type Props = Omit<JSX.HTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children: ComponentChildren };

/** An in-app link: a real <a href> (so it can be opened in a new tab) that navigates without reloading. */
export function Link({ to, children, ...rest }: Props) {
  return (
    <a {...rest} href={href(to)} onClick={onLinkClick}>
      {children}
    </a>
  );
}
