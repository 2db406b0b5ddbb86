import { describe, expect, it } from 'vitest';
import { addDays, formatDateText, parseDateText } from '../../../shared/model/date-text';

describe('dates as typed and read', () => {
  it('reads day-month-year with any usual separator, and the stored form', () => {
    expect(parseDateText('30-6-2025')).toBe('2025-06-30');
    expect(parseDateText(' 30/06/2025 ')).toBe('2025-06-30');
    expect(parseDateText('1.1.2000')).toBe('2000-01-01');
    expect(parseDateText('29 2 2024')).toBe('2024-02-29');
    expect(parseDateText('2025-06-30')).toBe('2025-06-30');
  });

  it('refuses what is no real date instead of rolling it over', () => {
    for (const bad of [
      '31-02-2025',
      '29-02-2025',
      '0-1-2025',
      '1-13-2025',
      '2025',
      '06/30/2025',
      '1-1-1899',
      '1-1-2201',
      '',
      '..',
      '1e308',
    ])
      expect(parseDateText(bad), bad).toBeNull();
  });

  it('writes a stored date in the language, and leaves anything else as it is', () => {
    expect(formatDateText('2012-03-12', 'nl')).toBe('12-03-2012');
    expect(formatDateText('2012-03-12', 'en')).toBe('12/03/2012');
    expect(formatDateText('', 'nl')).toBe('');
  });

  it('moves a date by days across month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
