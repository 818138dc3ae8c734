// The mainland China working calendar: public holidays and make-up workdays (调休上班), year by year,
// from the State Council General Office's annual notice (国务院办公厅关于YYYY年部分节假日安排的通知).
// No npm package covered 2027 when this was written (chinese-days@1.5.7, the most complete, stops at
// 2026), so the data lives here, dated, and is replaced or extended from the next notice: add the year's
// entry below. A year not listed counts weekends only, and deadlines in it say the calendar is unconfirmed.

export interface CalendarYear {
  /** Where the dates come from. */
  source: string;
  /** Days off, as inclusive ranges of dates. */
  holidays: [string, string][];
  /** Weekend days that are working days. */
  workdays: string[];
}

export const CN_CALENDAR: Record<number, CalendarYear> = {
  2026: {
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04 发布）',
    holidays: [
      ['2026-01-01', '2026-01-03'], // 元旦
      ['2026-02-15', '2026-02-23'], // 春节
      ['2026-04-04', '2026-04-06'], // 清明节
      ['2026-05-01', '2026-05-05'], // 劳动节
      ['2026-06-19', '2026-06-21'], // 端午节
      ['2026-09-25', '2026-09-27'], // 中秋节
      ['2026-10-01', '2026-10-07'], // 国庆节
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};
