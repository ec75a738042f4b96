import { understand } from '/work/wt-yes9/src/nlu';
const now = new Date('2026-12-01T06:00:00Z');
const ctx = (l: string, tz: string, listShown = false) => ({ locale: l, timeZone: tz, now, listShown });
const lines = process.argv.slice(2);
for (const line of lines) {
  const [loc, t, ls] = line.split('|');
  const c = ctx(loc, loc.startsWith('de') ? 'Europe/Berlin' : 'Australia/Sydney', ls === 'L');
  console.log(JSON.stringify(t), '=>', JSON.stringify(understand(t, c)));
}
