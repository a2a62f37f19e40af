import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen: it scrolls sideways inside this region, which a keyboard can reach (Tab, then
 * the arrow keys) and a screen reader names.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take the focus to scroll by keyboard (WCAG 2.1.1)
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </div>
  );
}
