import { memo } from 'react';
import { type Draft, isoDate, monthShape, weekdayNames } from './calendar-days';
import './calendar.css';

interface Props {
  year: number;
  month: number;
  draft: Draft;
  /** Editing: each day is a button that opens it. */
  onPick?: (date: string) => void;
}

const order = [1, 2, 3, 4, 5, 6, 0];

/** One month as the wall calendar shows it (Monday first), holidays 休 and make-up working days 班 marked. */
export const MonthGrid = memo(function MonthGrid({ year, month, draft, onPick }: Props) {
  const { days, firstWeekday } = monthShape(year, month);
  const lead = (firstWeekday + 6) % 7;
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));

  return (
    <table className="cal-month">
      <caption>{month + 1}月</caption>
      <thead>
        <tr>
          {order.map((d) => (
            <th key={d} scope="col" abbr={`星期${weekdayNames[d]}`}>
              {weekdayNames[d]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((day, i) => {
              if (day === null) return <td key={i} />;
              const date = isoDate(year, month, day);
              const special = draft.get(date);
              const kind = special?.kind ?? (i >= 5 ? 'weekend' : 'plain');
              const meaning = special ? `，${special.name}${special.kind === 'holiday' ? '放假' : '调休上班'}` : '';
              return (
                <td key={i} className={`cal-day cal-${kind}`}>
                  {onPick ? (
                    <button
                      type="button"
                      aria-label={`${month + 1}月${day}日 星期${weekdayNames[order[i]]}${meaning}`}
                      onClick={() => onPick(date)}
                    >
                      {day}
                    </button>
                  ) : (
                    <>
                      {day}
                      {meaning && <span className="cal-sr">{meaning}</span>}
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
