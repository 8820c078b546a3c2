/** The one table of element names and the one NAME@VERSION label. */
import { describe, expect, it } from 'vitest';
import { catalogueLabel, DOCUMENT_LABELS, ELEMENT_KEYS, ELEMENT_LABELS, isListKey, LIST_KEYS } from '../../src/model/index.js';

describe('catalogueLabel', () => {
  it('writes NAME@VERSION, and NAME alone when there is no version', () => {
    expect(catalogueLabel({ id: 'xinxiang', version: '2020' })).toBe('xinxiang@2020');
    expect(catalogueLabel({ id: 'xinxiang', version: 2020 })).toBe('xinxiang@2020');
    expect(catalogueLabel({ id: 'weihui' })).toBe('weihui');
    expect(catalogueLabel({ id: 'weihui', version: undefined })).toBe('weihui');
    expect(catalogueLabel({ id: 'weihui', version: '' })).toBe('weihui');
  });
});

describe('element names', () => {
  it('name every element and the note in zh and en', () => {
    for (const key of [...ELEMENT_KEYS, 'note'] as const) {
      expect(ELEMENT_LABELS[key].zh).toMatch(/^[\u4e00-\u9fff]+$/u);
      expect(ELEMENT_LABELS[key].en).not.toBe('');
    }
  });

  it('use the guideline’s 公开渠道 in messages and the published table’s 公开渠道和载体 in documents', () => {
    expect(ELEMENT_LABELS.channel.zh).toBe('公开渠道');
    expect(DOCUMENT_LABELS.channel).toBe('公开渠道和载体');
    for (const key of ELEMENT_KEYS.filter((k) => k !== 'channel')) expect(DOCUMENT_LABELS[key]).toBe(ELEMENT_LABELS[key].zh);
  });

  it('know which elements are lists', () => {
    expect(LIST_KEYS.every(isListKey)).toBe(true);
    expect(['name', 'timeLimit', 'subject', 'note'].some(isListKey)).toBe(false);
  });
});
