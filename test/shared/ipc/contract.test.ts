import { describe, expect, it } from 'vitest';
import { events, isMethodName, methods } from '../../../shared/ipc/contract.ts';
import { DEFAULT_PREFERENCES, Preferences } from '../../../shared/ipc/schemas.ts';

describe('contract', () => {
  it('names methods namespace.verb and events namespace.pastTense', () => {
    for (const name of Object.keys(methods)) expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
    for (const name of Object.keys(events)) expect(name).toMatch(/^[a-z]+\.[a-z]+ed$/);
  });

  it('knows its own methods and nothing else', () => {
    expect(isMethodName('app.info')).toBe(true);
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('fs.readFile')).toBe(false);
  });

  it('rejects unknown keys and wrong types at the boundary', () => {
    expect(methods['app.info'].input.safeParse({}).success).toBe(true);
    expect(methods['app.info'].input.safeParse({ extra: 1 }).success).toBe(false);
    expect(methods['workspace.open'].input.safeParse({ path: '' }).success).toBe(false);
    expect(methods['workspace.open'].input.safeParse({ path: 42 }).success).toBe(false);
    expect(methods['settings.set'].input.safeParse({ language: 'fr' }).success).toBe(false);
    expect(methods['settings.set'].input.safeParse({ language: 'en' }).success).toBe(true);
  });

  it('has defaults that satisfy the preferences schema', () => {
    expect(Preferences.parse(DEFAULT_PREFERENCES)).toEqual(DEFAULT_PREFERENCES);
  });
});
