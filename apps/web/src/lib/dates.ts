import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);
dayjs.locale('zh-cn');

/** Every date and time the app shows is in the plan's time zone, whatever the browser's. */
export const ZONE = 'Asia/Shanghai';

/** An instant (RFC 3339) as a day in Shanghai: 2026年11月23日. */
export const formatDay = (instant: string | null | undefined): string => (instant ? dayjs(instant).tz(ZONE).format('YYYY年M月D日') : '—');

/** A calendar date (YYYY-MM-DD, already a day in Shanghai), shown as it is: 2026年11月23日. */
export const formatDate = (date: string | null | undefined): string => (date ? dayjs(date, 'YYYY-MM-DD').format('YYYY年M月D日') : '—');

/** An instant as a day and time in Shanghai: 2026-11-23 09:30. */
export const formatDateTime = (instant: string | null | undefined): string =>
  instant ? dayjs(instant).tz(ZONE).format('YYYY-MM-DD HH:mm') : '—';

/** How long ago, in words (3 天前). */
export const fromNow = (instant: string): string => dayjs(instant).fromNow();

/** Today in Shanghai, YYYY-MM-DD. */
export const todayInShanghai = (): string => dayjs().tz(ZONE).format('YYYY-MM-DD');

export { dayjs };
