import type { ReactNode } from 'react';
import { PageTitle } from '../../../ui/text';

/** A screen's title with its main actions on the right (below it on a phone, where they wrap). */
export function Heading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 12 }}>
      <PageTitle>{title}</PageTitle>
      {children && <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>{children}</div>}
    </div>
  );
}
