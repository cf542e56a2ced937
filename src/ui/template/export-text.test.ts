import { describe, expect, it } from 'vitest';
import { fileNameFor } from './export-text';

describe('fileNameFor', () => {
  it('names the download after the design', () => {
    expect(fileNameFor('seed-scenario')).toBe('seed-scenario.json');
    expect(fileNameFor('My design / v2')).toBe('My-design-v2.json');
    expect(fileNameFor('  ')).toBe('template.json');
    expect(fileNameFor('orders', 'yaml')).toBe('orders.yaml');
  });
});
