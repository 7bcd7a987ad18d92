import type { CSSProperties, ReactNode } from 'react';

// Plain text styles for the first screens (antd's Typography is heavy for a heading and a grey line).

export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 style={{ fontSize: 22, fontWeight: 600, margin: 0, lineHeight: 1.4 }}>{children}</h1>;
}

/** Secondary text, dark enough for WCAG AA on white. */
export function Muted({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return <span style={{ color: '#595959', fontSize: 13, ...style }}>{children}</span>;
}

/** At most `lines` lines, then an ellipsis; the whole text in the tooltip. */
export function Clamp({ children, lines = 1, title }: { children: string; lines?: number; title?: string }) {
  const style: CSSProperties =
    lines === 1
      ? { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }
      : // The one way to clamp lines that every browser knows is still the -webkit-box one.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        { display: '-webkit-box', WebkitLineClamp: lines, WebkitBoxOrient: 'vertical', overflow: 'hidden' };
  return (
    <span style={style} title={title ?? children}>
      {children}
    </span>
  );
}
