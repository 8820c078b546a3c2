/** Cutting the measured table into pages: rows whole and in order, pages never overfull, groups continued with their name. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL } from '../../../src/render/pdf/geometry.js';
import { boxHeight, paginate, type MeasuredGroup, type MeasuredRow } from '../../../src/render/pdf/table-measure.js';

const group = (id: string, nameHeight: number, heights: readonly number[]): MeasuredGroup => ({
  categoryId: id,
  name: { lines: [id], align: 'center' },
  nameHeight,
  rows: heights.map((height, i) => ({ itemId: `${id}.${i}`, boxes: [], height })),
});

/** Groups of rows measured as the renderer would: heights from line counts, some rows taller than a page. */
const arbGroups = fc
  .array(fc.record({ nameLines: fc.integer({ min: 1, max: 5 }), rows: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }) }), {
    minLength: 1,
    maxLength: 12,
  })
  .map((gs) =>
    gs.map(
      (g, i): MeasuredGroup => ({
        ...group(`g${i}`, boxHeight(g.nameLines), []),
        rows: g.rows.map((n, j) => {
          const lines = Array.from({ length: n }, (_, k) => `g${i}.${j}/${k}`);
          return { itemId: `g${i}.${j}`, boxes: [{ lines, align: 'left' }], height: boxHeight(n) };
        }),
      }),
    ),
  );

describe('paginate', () => {
  it('keeps every line once and in order, fills no page beyond its room, cuts only rows taller than a page', () => {
    fc.assert(
      fc.property(arbGroups, fc.integer({ min: 150, max: 300 }), (groups, firstRoom) => {
        const room = 360;
        const pages = paginate(groups, firstRoom, room);
        const lines = pages.flat().flatMap((part) => part.rows.flatMap((r) => r.boxes[0]!.lines));
        expect(lines).toEqual(groups.flatMap((g) => g.rows.flatMap((r) => r.boxes[0]!.lines)));
        for (const row of groups.flatMap((g) => g.rows)) {
          const pieces = pages
            .flat()
            .flatMap((p) => p.rows)
            .filter((r) => r.itemId === row.itemId);
          if (row.height <= room) expect(pieces).toEqual([row]);
        }
        pages.forEach((parts, i) => {
          expect(parts.reduce((sum, p) => sum + p.height, 0)).toBeLessThanOrEqual(i === 0 ? firstRoom : room);
          for (const part of parts) {
            expect(part.rows.length).toBeGreaterThan(0);
            expect(part.height).toBe(
              Math.max(
                part.group.nameHeight,
                part.rows.reduce((s, r) => s + r.height, 0),
              ),
            );
          }
        });
        // A group appears on consecutive pages only, once per page.
        for (const g of groups) {
          const on = pages.flatMap((parts, i) => parts.filter((p) => p.group === g).map(() => i));
          expect(new Set(on).size).toBe(on.length);
          on.forEach((page, k) => k === 0 || expect(page).toBe(on[k - 1]! + 1));
        }
      }),
    );
  });

  it('starts a page with the continuing group when a group does not fit', () => {
    const pages = paginate([group('a', 20, [100, 100, 100]), group('b', 20, [50])], 250, 400);
    expect(pages.map((parts) => parts.map((p) => `${p.group.categoryId}:${p.rows.length}`))).toEqual([['a:2'], ['a:1', 'b:1']]);
  });

  it('makes a one-row part as tall as its 一级事项 name needs', () => {
    expect(paginate([group('a', 90, [30])], 300, 300)[0]![0]!.height).toBe(90);
  });

  it('cuts a row taller than a page by lines, filling the page it starts on, every line kept in order', () => {
    const lines = Array.from({ length: 80 }, (_, i) => `line ${i}`);
    const tall: MeasuredRow = {
      itemId: 'tall',
      boxes: [
        { lines, align: 'left' },
        { lines: ['√'], align: 'center' },
      ],
      height: boxHeight(80),
    };
    const groups: MeasuredGroup[] = [{ ...group('a', 20, [100]), rows: [group('a', 20, [100]).rows[0]!, tall] }];
    const room = 400;
    const pages = paginate(groups, 300, room);
    const pieces = pages
      .flat()
      .flatMap((p) => p.rows)
      .filter((r) => r.itemId === 'tall');
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.flatMap((r) => r.boxes[0]!.lines)).toEqual(lines);
    expect(pieces.flatMap((r) => r.boxes[1]!.lines)).toEqual(['√']);
    // The first piece fills what the first page has left under the 100 pt row.
    expect(pieces[0]!.height).toBeGreaterThan(300 - 100 - CELL.lineHeight);
    pages.forEach((parts, i) => expect(parts.reduce((s, p) => s + p.height, 0)).toBeLessThanOrEqual(i === 0 ? 300 : room));
  });

  it('leaves the first page to the title when the first row needs more than it has', () => {
    const pages = paginate([group('a', 20, [300, 50])], 250, 400);
    expect(pages.map((parts) => parts.map((p) => `${p.group.categoryId}:${p.rows.length}`))).toEqual([[], ['a:2']]);
  });
});
