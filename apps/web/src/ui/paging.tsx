import { Button, Space } from 'antd';
import { useSearchParams } from 'react-router';

/** A cursor the API gave (base64url); anything else in the URL is ignored. */
const CURSOR = /^[A-Za-z0-9_-]{1,344}$/;

/**
 * The pages before this one, as the cursors that lead to them, kept in the URL (`pages=c1.c2`): a reload, a link
 * or Back shows the same page. The API pages by cursor, so the trail is what 上一页 goes back along.
 */
export function useCursorTrail() {
  const [params, setParams] = useSearchParams();
  const trail = (params.get('pages') ?? '').split('.').filter((c) => CURSOR.test(c));
  const go = (next: string[]) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next.length > 0) updated.set('pages', next.join('.'));
      else updated.delete('pages');
      return updated;
    });
  return { cursor: trail.at(-1), ...trailNavigation(trail, go) };
}

export type CursorTrail = ReturnType<typeof useCursorTrail>;

/** Where a list is in its pages, and how to move: a cursor trail, or a screen's own trail kept with its filters. */
export interface PageNavigation {
  page: number;
  hasPrevious: boolean;
  previous(): void;
  next(cursor: string): void;
}

/** The navigation of a trail of cursors (`go` writes the new trail where the screen keeps it: the URL's `pages`, or its own). */
export const trailNavigation = (trail: string[], go: (trail: string[]) => void): PageNavigation => ({
  page: trail.length + 1,
  hasPrevious: trail.length > 0,
  previous: () => go(trail.slice(0, -1)),
  next: (cursor) => go([...trail, cursor]),
});

/** 上一页 / 第 N 页 / 下一页, shown when there is more than one page. */
export function Pager({ trail, nextCursor }: { trail: PageNavigation; nextCursor: string | null | undefined }) {
  if (!trail.hasPrevious && !nextCursor) return null;
  return (
    <nav aria-label="翻页" style={{ display: 'flex', justifyContent: 'flex-end' }}>
      <Space>
        <Button disabled={!trail.hasPrevious} onClick={trail.previous}>
          上一页
        </Button>
        <span>第 {trail.page} 页</span>
        <Button disabled={!nextCursor} onClick={() => nextCursor && trail.next(nextCursor)}>
          下一页
        </Button>
      </Space>
    </nav>
  );
}
