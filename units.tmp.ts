import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { domains } from './src/domains.ts';
import { topicRecords } from './src/plugins/search-index.ts';
let code = 0, prose = 0, pairs = 0;
const words = new Map<string, number>();
for (const d of domains) {
  const html = readFileSync(`dist/${d.slug}/index.html`, 'utf8');
  for (const r of topicRecords(html, { path: `/${d.slug}/`, domain: d.title })) {
    const tree = fromHtml(r.html);
    const codeText = selectAll('.expressive-code pre', tree).map((n) => toString(n)).join(' ');
    const all = toString(selectAll('main', tree)[0]!);
    const c = codeText.split(/\s+/).filter(Boolean).length;
    const a = all.split(/\s+/).filter(Boolean).length;
    code += c; prose += a - c;
    const set = new Set(all.toLowerCase().split(/\s+/).filter(Boolean));
    pairs += set.size;
    for (const w of all.toLowerCase().split(/\s+/).filter(Boolean)) words.set(w, (words.get(w) ?? 0) + 1);
  }
}
console.log({ code, prose, pairs, total: code + prose + pairs });
console.log([...words].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([w, n]) => `${w}:${n}`).join(' '));
