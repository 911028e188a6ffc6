// Excel's 1900 date system: serial 1 is 1900-01-01 and, for Lotus compatibility, serial 60 is
// the non-existent 1900-02-29, so real dates from March 1900 on are one day "late".

const MS_PER_DAY = 86_400_000;
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function serialToDate(serial: number): DateParts {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const epoch = whole > 60 ? EPOCH_AFTER_LEAP_BUG : EPOCH_BEFORE_LEAP_BUG;
  const date = new Date(epoch + whole * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Returns null for dates Excel cannot hold (before 1900 or impossible days). */
export function dateToSerial(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  const real =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day;
  if (!real || year < 1900 || year > 9999) return null;
  const serial = Math.round((ms - EPOCH_AFTER_LEAP_BUG) / MS_PER_DAY);
  return serial > 60 ? serial : serial - 1;
}
