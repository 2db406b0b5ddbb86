import { describe, expect, it } from 'vitest';
import { wordFileName } from '../../../renderer/report/export-word';
import { exportFileName } from '../../../shared/report/file-name';

describe('names of exported files', () => {
  const title = 'Voorbeeld: Medtech-logistiek Heerlen';

  it('carry what the file holds and its language, in that language', () => {
    expect(exportFileName(title, 'all', 'nl', 'pdf')).toBe('voorbeeld-medtech-logistiek-heerlen-rapport-nl.pdf');
    expect(exportFileName(title, 'all', 'en', 'pdf')).toBe('voorbeeld-medtech-logistiek-heerlen-report-en.pdf');
    expect(exportFileName(title, 'preparation', 'nl', 'pdf')).toBe('voorbeeld-medtech-logistiek-heerlen-voorbereiding-nl.pdf');
    expect(exportFileName(title, 'preparation', 'en', 'pdf')).toBe('voorbeeld-medtech-logistiek-heerlen-preparation-en.pdf');
    expect(exportFileName(title, 'as-frozen', 'nl', 'pdf')).toBe('voorbeeld-medtech-logistiek-heerlen-zoals-vastgelegd-nl.pdf');
    expect(exportFileName(title, 'indicators', 'en', 'csv')).toBe('voorbeeld-medtech-logistiek-heerlen-indicators-en.csv');
  });

  it('name Word files the same way, the council-proposal paragraph included', () => {
    expect(wordFileName(title, 'docx', 'all', 'nl')).toBe('voorbeeld-medtech-logistiek-heerlen-rapport-nl.docx');
    expect(wordFileName(title, 'docx', 'evaluation', 'nl')).toBe('voorbeeld-medtech-logistiek-heerlen-evaluatie-nl.docx');
    expect(wordFileName(title, 'raadsvoorstel', 'all', 'nl')).toBe('voorbeeld-medtech-logistiek-heerlen-raadsvoorstel-nl.docx');
    expect(wordFileName(title, 'raadsvoorstel', 'all', 'en')).toBe('voorbeeld-medtech-logistiek-heerlen-council-proposal-en.docx');
  });

  it('never give the Dutch and the English report the same name', () => {
    for (const phase of ['all', 'preparation', 'implementation', 'evaluation', 'as-frozen', 'indicators'] as const) {
      expect(exportFileName(title, phase, 'nl', 'pdf')).not.toBe(exportFileName(title, phase, 'en', 'pdf'));
    }
  });

  it('fall back to the program name for a title without letters', () => {
    expect(exportFileName('???', 'all', 'nl', 'pdf')).toBe('impactwijzer-rapport-nl.pdf');
  });
});
