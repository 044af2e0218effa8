// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the test runner', () => {
  it('refuses to read a file outside the repository', async () => {
    expect(() => readFileSync('/etc/hostname')).toThrow(/outside the repository/);
    expect(() => readdirSync('/etc')).toThrow(/outside the repository/);
    await expect(readFile('/etc/hostname')).rejects.toThrow(/outside the repository/);
    expect(() => readFileSync(new URL('../../../shared/seed/000_39bcee88d24a81fa.txt', import.meta.url))).toThrow(
      /outside the repository/,
    );
  });

  it('reads the repository and the temporary folder', () => {
    expect(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).toContain('"name": "broadsheet"');
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-guard-'));
    writeFileSync(join(dir, 'x.txt'), 'x');
    expect(readFileSync(join(dir, 'x.txt'), 'utf8')).toBe('x');
  });
});
