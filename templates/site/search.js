// The search page of an xwgk site: queries the prebuilt pagefind index in the browser, no server.
// The form works as a plain GET form too; this script reads its fields, asks the index and lists the
// records found. The words it shows come from the page (data-* attributes), in the site's language.
const form = document.getElementById('search-form');
const out = document.getElementById('search-results');
const status = document.getElementById('search-status');
const say = (text) => { status.textContent = text; };

function fill(params) {
  for (const el of form.elements) if (el.name && params.has(el.name)) el.value = params.get(el.name);
}

async function run(pagefind) {
  const data = new FormData(form);
  const q = String(data.get('q') || '').trim();
  const filters = {};
  for (const name of ['column', 'category', 'year']) {
    const v = String(data.get(name) || '');
    if (v) filters[name] = v;
  }
  out.replaceChildren();
  if (!q && Object.keys(filters).length === 0) { say(''); return; }
  // Without words, the records of the filters newest first; with words, the best matches first.
  const search = await pagefind.search(q || null, q ? { filters } : { filters, sort: { date: 'desc' } });
  const results = await Promise.all(search.results.map((r) => r.data()));
  say(results.length ? form.dataset.found.replace('{n}', String(results.length)) : form.dataset.none);
  for (const r of results) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url.replace(/^\//, '');
    a.textContent = r.meta.title;
    li.append(a);
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = [r.meta.date, r.filters.category && r.filters.category[0]].filter(Boolean).join(' · ');
    li.append(document.createElement('br'), meta);
    if (r.excerpt) {
      const p = document.createElement('p');
      p.className = 'excerpt';
      // pagefind marks the words found with <mark>; everything else in the excerpt is escaped text.
      p.innerHTML = r.excerpt;
      li.append(p);
    }
    out.append(li);
  }
}

async function main() {
  fill(new URLSearchParams(location.search));
  let pagefind;
  try {
    pagefind = await import('./pagefind/pagefind.js');
    await pagefind.options({ baseUrl: '/' });
    await pagefind.init();
  } catch {
    say(form.dataset.offline);
    return;
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const params = new URLSearchParams(new FormData(form));
    for (const [k, v] of [...params]) if (!v) params.delete(k);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    run(pagefind);
  });
  await run(pagefind);
}

main();
