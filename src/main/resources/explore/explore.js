// Diplograph explorer: the contact network, a timeline and each party's events, read through the public
// SPARQL endpoint with the project's named queries (served at queries/NAME.rq). Text from the graph is only
// ever set with textContent, so nothing in an article can become markup.
//
// At any store size the page reads a page at a time: the network opens on the 300 most frequent pairs of parties
// (explore-pairs, from the counts the store keeps, three pages of 100); a narrower date range draws the network of
// that period's events instead (explore-network, 100 rows a page, "More events" for the next); a party's or a
// pair's events come 50 at a time (explore-events).
(function () {
  'use strict';

  const endpoint = document.body.dataset.endpoint;
  const $ = (id) => document.getElementById(id);
  const PAIRS_PAGE = 100;     // pairs of explore-pairs a page (its default LIMIT)
  const PAIRS_SHOWN = 300;    // pairs the network opens on, read a page at a time
  const PERIOD_PAGE = 100;    // rows of explore-network a page (its default LIMIT)
  const EVENTS_PAGE = 50;     // events of explore-events a page (its default LIMIT)

  const parties = new Map();  // party -> {iri, label, kind, country, countryLabel}
  let pairs = [];             // the most frequent pairs: {a, b, shared, first, last}
  // The events of one period, read from explore-network page by page.
  const period = { key: null, events: new Map(), rows: 0, more: false, loading: null };
  let months = [];            // every month from the first pair's first date to the last one's last, "YYYY-MM"
  let cy = null;
  let selected = null;        // the node or edge whose events the panel shows
  let subject = null;         // the party those events are read for
  let panel = null;           // what the panel lists: {focus, party, other, offset, title, meta}

  // --- Reading ---------------------------------------------------------------------------------------

  const queryTexts = new Map();

  async function namedQuery(name) {
    if (!queryTexts.has(name)) {
      const response = await fetch('queries/' + name + '.rq');
      if (!response.ok) throw new Error('Cannot load query ' + name + ': HTTP ' + response.status);
      queryTexts.set(name, await response.text());
    }
    return queryTexts.get(name);
  }

  // SPARQL's own way to supply values: a VALUES block, put on the line a named query marks with
  // "# explorer: bindings" (inside its page, so the page is cut after the values are bound). IRIs come from earlier
  // results and are checked against the IRIREF grammar, dates against their three shapes, so neither can close the block.
  function bind(query, values) {
    const marker = '# explorer: bindings';
    if (!query.includes(marker)) throw new Error('The query has no line for its bindings');
    const blocks = Object.entries(values).filter(([, v]) => v).map(([variable, v]) => {
      if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return 'VALUES ?' + variable + ' { "' + v + '" }';
      if (!/^[^<>"{}|^`\\\u0000-\u0020]+$/.test(v)) throw new Error('Not an IRI: ' + v);
      return 'VALUES ?' + variable + ' { <' + v + '> }';
    });
    return query.replace(marker, blocks.join(' '));
  }

  // The page of a paged named query is its last LIMIT; a later page adds an OFFSET there.
  function pageAt(query, offset) {
    const limits = [...query.matchAll(/LIMIT \d+/g)];
    if (limits.length === 0) throw new Error('The query has no page');
    const end = limits[limits.length - 1].index + limits[limits.length - 1][0].length;
    return query.substring(0, end) + ' OFFSET ' + offset + query.substring(end);
  }

  async function runQuery(query) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Accept': 'application/sparql-results+json'
      },
      body: new URLSearchParams({ query: query })
    });
    if (!response.ok) throw new Error('The SPARQL endpoint answered HTTP ' + response.status);
    const json = await response.json();
    return json.results.bindings.map((b) => {
      const row = {};
      for (const key of Object.keys(b)) row[key] = b[key].value;
      return row;
    });
  }

  function addParty(iri, label, kind, country, countryLabel) {
    if (!parties.has(iri)) {
      parties.set(iri, {
        iri: iri, label: label || shortName(iri), kind: kind || 'Entity',
        country: country || null, countryLabel: countryLabel || null
      });
    }
  }

  // The most frequent pairs, page after page until PAIRS_SHOWN or the last one.
  async function loadPairs() {
    const query = await namedQuery('explore-pairs');
    pairs = [];
    for (let offset = 0; offset < PAIRS_SHOWN; offset += PAIRS_PAGE) {
      const rows = await runQuery(offset > 0 ? pageAt(query, offset) : query);
      for (const r of rows) {
        addParty(r.a, r.aLabel, r.aKind, r.aCountry, r.aCountryLabel);
        addParty(r.b, r.bLabel, r.bKind, r.bCountry, r.bCountryLabel);
        pairs.push({ a: r.a, b: r.b, shared: Number(r.sharedEvents), first: r.firstDate || null, last: r.lastDate || null });
      }
      if (rows.length < PAIRS_PAGE) break;
    }
  }

  // The next page of the period's events; a new period starts from its first page.
  async function loadPeriod(from, to) {
    const key = from + ' ' + to;
    if (period.key !== key) {
      Object.assign(period, { key: key, events: new Map(), rows: 0, more: true, loading: null });
    }
    if (!period.more) return;
    if (!period.loading) {
      period.loading = (async () => {
        let query = bind(await namedQuery('explore-network'), { from: from, to: to });
        if (period.rows > 0) query = pageAt(query, period.rows);
        const rows = await runQuery(query);
        if (period.key !== key) return;
        for (const r of rows) {
          if (!period.events.has(r.event)) {
            period.events.set(r.event, {
              iri: r.event, type: r.type, date: r.date || null, location: r.location || null,
              venueCountry: r.venueCountry || null, parties: new Set()
            });
          }
          period.events.get(r.event).parties.add(r.party);
          addParty(r.party, r.label, r.kind, r.country, r.countryLabel);
        }
        period.rows += rows.length;
        period.more = rows.length === PERIOD_PAGE;
      })();
    }
    try {
      await period.loading;
    } finally {
      period.loading = null;
    }
  }

  // --- Filtering -------------------------------------------------------------------------------------

  function filters() {
    const low = Math.min($('range-from').value, $('range-to').value);
    const high = Math.max($('range-from').value, $('range-to').value);
    return {
      from: months[low] ? months[low] + '-01' : null,
      to: months[high] ? months[high] + '-31' : null,
      // The whole range: the network of the most frequent pairs; a narrower one, the period's events.
      whole: low === 0 && high === Math.max(months.length - 1, 0),
      country: $('country').value
    };
  }

  function ofCountry(party, country) {
    return parties.get(party).country === country;
  }

  function matches(event, f) {
    if (!f.country || event.venueCountry === f.country) return true;
    for (const p of event.parties) {
      if (ofCountry(p, f.country)) return true;
    }
    return false;
  }

  // A pair is in a country's network when either party is of that country.
  function pairMatches(pair, f) {
    return !f.country || ofCountry(pair.a, f.country) || ofCountry(pair.b, f.country);
  }

  // --- Dates -----------------------------------------------------------------------------------------

  // A date of any precision as the first and last day it may mean (compared as text).
  function span(date) {
    if (date.length === 4) return [date + '-01-01', date + '-12-31'];
    if (date.length === 7) return [date + '-01', date + '-31'];
    return [date, date];
  }

  function monthsBetween(first, last) {
    const out = [];
    let [y, m] = first.split('-').map(Number);
    const [ly, lm] = last.split('-').map(Number);
    while (y < ly || (y === ly && m <= lm)) {
      out.push(y + '-' + String(m).padStart(2, '0'));
      if (++m > 12) { m = 1; y++; }
    }
    return out;
  }

  function monthName(month) {
    const [y, m] = month.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  function readableDate(date) {
    if (!date) return 'undated';
    if (date.length === 4) return date;
    if (date.length === 7) return monthName(date);
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  // --- Network ---------------------------------------------------------------------------------------

  // Colours that stay apart from each other; countries get them in order of label, so they keep them on reload.
  const palette = ['#4e79a7', '#e15759', '#59a14f', '#f28e2b', '#b07aa1', '#76b7b2', '#edc948', '#9c755f',
    '#ff9da7', '#1f3b73', '#6b3fa0', '#bcbd22', '#17becf', '#8c2d04', '#2ca02c', '#e377c2', '#7f7f7f', '#d4a017'];
  const countryColours = new Map();

  function colourOf(country) {
    if (!country) return '#6b7280';
    if (!countryColours.has(country)) countryColours.set(country, palette[countryColours.size % palette.length]);
    return countryColours.get(country);
  }

  // Weighted edges "a b" -> shared events, from a list of events (each two of its parties share it).
  function edgesOfEvents(list) {
    const edges = new Map();
    for (const e of list) {
      const members = [...e.parties].sort();
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const key = members[i] + ' ' + members[j];
          edges.set(key, (edges.get(key) || 0) + 1);
        }
      }
    }
    return edges;
  }

  // Nodes sized by the events they share along the shown edges (a lone party of an event counts its events).
  function elementsFor(edges, lone) {
    const weight = new Map(lone);
    edges.forEach((n, key) => key.split(' ').forEach((p) => weight.set(p, (weight.get(p) || 0) + n)));
    const most = Math.max(1, ...weight.values());
    const widest = Math.max(1, ...edges.values());
    const nodes = [...weight.entries()].map(([iri, n]) => {
      const p = parties.get(iri);
      return {
        group: 'nodes',
        data: { id: iri, label: p.label, kind: p.kind, events: n, size: 20 + 32 * Math.sqrt(n / most), colour: colourOf(p.country) }
      };
    });
    const links = [...edges.entries()].map(([key, n]) => {
      const [a, b] = key.split(' ');
      return { group: 'edges', data: { id: key, source: a, target: b, shared: n, width: 1.5 + 5.5 * Math.sqrt(n / widest) } };
    });
    return nodes.concat(links);
  }

  function drawNetwork(elements, emptyText) {
    cy.elements().remove();
    cy.add(elements);
    // Start from a circle in a fixed order, so the same data gives the same picture every time.
    const nodes = cy.nodes().sort((a, b) => a.id().localeCompare(b.id()));
    nodes.forEach((node, i) => {
      const angle = 2 * Math.PI * i / nodes.length;
      node.position({ x: 300 * Math.cos(angle), y: 300 * Math.sin(angle) });
    });
    cy.layout({
      name: 'cose', animate: false, randomize: false, padding: 30, componentSpacing: 30,
      nodeRepulsion: () => 4500, idealEdgeLength: () => 60, gravity: 1.2, nodeDimensionsIncludeLabels: true
    }).run();
    cy.fit(undefined, 30);
    if (selected && cy.getElementById(selected).nonempty()) highlight(selected);
    $('empty').hidden = elements.length > 0;
    $('empty').textContent = emptyText;
  }

  function createGraph() {
    cy = cytoscape({
      container: $('graph'),
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            'label': 'data(label)',
            'width': 'data(size)',
            'height': 'data(size)',
            'font-family': 'system-ui, sans-serif',
            'font-size': 13,
            'color': '#1f2937',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': 2,
            'border-width': 2,
            'border-color': '#ffffff'
          }
        },
        { selector: 'node[kind = "Country"]', style: { 'shape': 'round-rectangle' } },
        { selector: 'node[kind = "Organization"]', style: { 'shape': 'diamond' } },
        {
          selector: 'edge',
          style: {
            'width': 'data(width)',
            'line-color': '#9ca3af',
            'opacity': 0.7,
            'curve-style': 'haystack'
          }
        },
        { selector: '.faded', style: { 'opacity': 0.15 } },
        { selector: 'node.focus', style: { 'border-color': '#111827', 'border-width': 3, 'font-weight': 'bold' } },
        { selector: 'edge.focus', style: { 'line-color': '#111827', 'opacity': 1 } }
      ]
    });
    // Keep the whole network in view when the window changes size.
    let pending = null;
    window.addEventListener('resize', () => {
      clearTimeout(pending);
      pending = setTimeout(() => { cy.resize(); cy.fit(undefined, 30); }, 150);
    });
    cy.on('tap', 'node', (evt) => showParty(evt.target.id()));
    cy.on('tap', 'edge', (evt) => showContact(evt.target));
    cy.on('tap', (evt) => { if (evt.target === cy) clearSelection(); });
  }

  function highlight(id) {
    const chosen = cy.getElementById(id);
    cy.elements().removeClass('focus').addClass('faded');
    if (chosen.isNode()) {
      chosen.closedNeighborhood().removeClass('faded');
      chosen.union(chosen.connectedEdges()).addClass('focus');
    } else {
      chosen.union(chosen.connectedNodes()).removeClass('faded').addClass('focus');
    }
  }

  function clearSelection() {
    selected = null;
    subject = null;
    cy.elements().removeClass('faded focus');
    $('details').hidden = true;
    $('panel-intro').hidden = false;
  }

  // --- A party's events --------------------------------------------------------------------------------

  function showParty(id) {
    const party = parties.get(id);
    const meta = [party.kind, party.countryLabel && party.countryLabel !== party.label ? party.countryLabel : null];
    return showEvents({ focus: id, party: id, other: null, title: party.label, meta: () => meta.filter(Boolean).join(' · ') });
  }

  // An edge: the events both parties take part in.
  function showContact(edge) {
    const [a, b] = [edge.data('source'), edge.data('target')];
    return showEvents({
      focus: edge.id(), party: a, other: b, title: parties.get(a).label + ' – ' + parties.get(b).label,
      meta: (n, more) => n + (more ? '+' : '') + (n === 1 && !more ? ' shared event' : ' shared events')
    });
  }

  // The panel lists the events of a party (and another, for an edge), whatever the filters, 50 at a time;
  // meta gives the line under the title from the number of events listed and whether more may follow.
  async function showEvents(what) {
    selected = what.focus;
    subject = what.party;
    panel = Object.assign({ offset: 0, cards: [] }, what);
    if (cy.getElementById(what.focus).nonempty()) highlight(what.focus);
    $('panel-intro').hidden = true;
    $('details').hidden = false;
    $('details-name').textContent = what.title;
    $('details-meta').textContent = '';
    $('details-events').replaceChildren(element('li', 'loading', 'Loading events…'));
    $('details-more').hidden = true;
    return moreEvents();
  }

  async function moreEvents() {
    const shown = panel;
    document.body.dataset.details = 'loading';
    $('details-more').disabled = true;
    try {
      let query = bind(await namedQuery('explore-events'), { entity: shown.party, other: shown.other });
      if (shown.offset > 0) query = pageAt(query, shown.offset);
      const rows = await runQuery(query);
      if (panel !== shown) return;
      const found = groupByEvent(rows);
      shown.offset += found.length;
      shown.cards.push(...found.map(eventCard));
      const more = found.length === EVENTS_PAGE;
      $('details-events').replaceChildren(...shown.cards);
      $('details-meta').textContent = shown.meta(shown.cards.length, more);
      $('details-more').hidden = !more;
      $('details-more').disabled = false;
      document.body.dataset.details = 'ready';
    } catch (e) {
      fail(e);
    }
  }

  function groupByEvent(rows) {
    const byEvent = new Map();
    for (const r of rows) {
      if (!byEvent.has(r.event)) byEvent.set(r.event, { first: r, statements: [] });
      byEvent.get(r.event).statements.push(r);
    }
    return [...byEvent.values()];
  }

  function eventCard({ first, statements }) {
    const li = element('li', 'event');
    const head = element('div', 'event-head');
    head.append(element('span', 'badge ' + first.type.toLowerCase(), typeName(first.type)),
      element('time', 'date', readableDate(first.date)));
    if (first.dateText) head.append(element('span', 'date-text', '“' + first.dateText + '”'));
    li.append(head);
    // The other parties by name, as the event's row has them (a host who also took part is named once).
    const self = parties.has(subject) ? parties.get(subject).label : null;
    const names = [first.participants, first.hosts].filter(Boolean).join('; ').split('; ');
    const others = [...new Set(names)].filter((name) => name !== self);
    const facts = element('dl', 'facts');
    addFact(facts, 'with', 'With', others.length ? others.join(', ') : '—');
    addFact(facts, 'place', 'Place', first.location || 'not stated');
    addFact(facts, 'sources', 'Sources', first.reportedBy || 'not attributed');
    li.append(facts);
    for (const s of statements) {
      const quote = element('blockquote', 'evidence', s.evidence);
      const cite = element('cite', 'article');
      cite.append(element('span', 'article-id', s.article));
      if (s.title) cite.append(element('span', 'article-title', s.title));
      quote.append(cite);
      li.append(quote);
    }
    return li;
  }

  function addFact(dl, name, term, value) {
    dl.append(element('dt', null, term), element('dd', name, value));
  }

  function typeName(type) {
    return type === 'PhoneCall' ? 'Phone call' : type;
  }

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  // --- Timeline --------------------------------------------------------------------------------------

  function drawTimeline(list) {
    const sorted = list.slice().sort((a, b) => {
      if (!a.date !== !b.date) return a.date ? -1 : 1;
      return (a.date || '').localeCompare(b.date || '') || a.iri.localeCompare(b.iri);
    });
    const items = [];
    let heading = null;
    for (const e of sorted) {
      const group = e.date ? e.date.substring(0, 4) : 'Undated';
      if (group !== heading) {
        heading = group;
        items.push(element('li', 'year', group));
      }
      const li = element('li', 'entry');
      li.dataset.date = e.date || '';
      li.append(element('time', 'date', readableDate(e.date)),
        element('span', 'badge ' + e.type.toLowerCase(), typeName(e.type)));
      const who = element('span', 'who');
      [...e.parties].map((p) => parties.get(p)).sort((a, b) => a.label.localeCompare(b.label))
        .forEach((p, i) => {
          if (i > 0) who.append(document.createTextNode(', '));
          const link = element('a', 'party', p.label);
          link.href = '#';
          link.addEventListener('click', (evt) => { evt.preventDefault(); showParty(p.iri); });
          who.append(link);
        });
      li.append(who, element('span', 'place', e.location || ''));
      items.push(li);
    }
    $('timeline').replaceChildren(...items);
  }

  // --- Page ------------------------------------------------------------------------------------------

  // Draws what the filters ask for: the most frequent pairs over the whole range, else the period's events read
  // so far (the first page is read here); the timeline always lists the period's events.
  async function refresh() {
    const f = filters();
    $('range-label').textContent = months.length
      ? monthName(f.from.substring(0, 7)) + ' – ' + monthName(f.to.substring(0, 7)) : 'no dated contacts';
    document.body.dataset.network = 'loading';
    const timeline = !$('timeline-view').hidden;
    if (!f.whole || timeline) await loadPeriod(f.from || '', f.to || '');
    if (filters().from !== f.from || filters().to !== f.to || $('country').value !== f.country) return;
    const list = [...period.events.values()].filter((e) => matches(e, f));
    let shown;
    if (f.whole) {
      const kept = pairs.filter((p) => pairMatches(p, f));
      const edges = new Map(kept.map((p) => [p.a + ' ' + p.b, p.shared]));
      drawNetwork(elementsFor(edges, []), pairs.length === 0
        ? 'The store holds no two parties of one meeting, visit or call yet: ingest some articles.'
        : 'No pairs match this country.');
      $('network-note').textContent = 'The ' + pairs.length + ' most frequent pairs of parties'
        + (f.country ? ', those with a party of this country' : '') + '. Narrow the dates for the events of a period.';
      shown = new Set(kept.flatMap((p) => [p.a, p.b]));
      $('stat-events').textContent = kept.reduce((n, p) => n + p.shared, 0);
      $('stat-events-label').textContent = 'shared events';
    } else {
      const lone = new Map();
      list.forEach((e) => { if (e.parties.size === 1) e.parties.forEach((p) => lone.set(p, (lone.get(p) || 0) + 1)); });
      drawNetwork(elementsFor(edgesOfEvents(list), lone), 'No events match these filters.');
      $('network-note').textContent = 'The first ' + period.events.size + ' events of the period'
        + (period.more ? ' (there are more)' : '') + (f.country ? ', ' + list.length + ' of them involving this country' : '') + '.';
      shown = new Set(list.flatMap((e) => [...e.parties]));
      $('stat-events').textContent = list.length;
      $('stat-events-label').textContent = 'events';
    }
    $('stat-parties').textContent = cy.nodes().length;
    $('stat-contacts').textContent = cy.edges().length;
    $('more-events').hidden = !period.more || (f.whole && !timeline);
    drawTimeline(list);
    drawLegend(shown);
    updateCountries();
    document.body.dataset.network = 'ready';
  }

  async function morePeriod() {
    const f = filters();
    $('more-events').disabled = true;
    try {
      await loadPeriod(f.from || '', f.to || '');
      await refresh();
    } catch (e) {
      fail(e);
    } finally {
      $('more-events').disabled = false;
    }
  }

  function drawLegend(shown) {
    const countries = new Map();
    shown.forEach((p) => {
      const party = parties.get(p);
      if (party.country) countries.set(party.country, party.countryLabel || shortName(party.country));
    });
    const chips = [...countries.entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([iri, label]) => {
      const chip = element('span', 'chip', label);
      chip.style.setProperty('--dot', colourOf(iri));
      return chip;
    });
    $('legend').replaceChildren(...chips);
  }

  // The countries and names of every party read so far (more come with each page of a period).
  function updateCountries() {
    const countries = new Map();
    for (const p of parties.values()) if (p.country) countries.set(p.country, p.countryLabel || shortName(p.country));
    const sorted = [...countries.entries()].sort((a, b) => a[1].localeCompare(b[1]));
    sorted.forEach(([iri]) => colourOf(iri));
    const chosen = $('country').value;
    const all = element('option', null, 'All countries');
    all.value = '';
    const options = sorted.map(([iri, label]) => { const o = element('option', null, label); o.value = iri; return o; });
    $('country').replaceChildren(all, ...options);
    $('country').value = chosen;

    const names = [...parties.values()].sort((a, b) => a.label.localeCompare(b.label))
      .map((p) => { const o = element('option'); o.value = p.label; return o; });
    $('party-names').replaceChildren(...names);
  }

  function setUpFilters() {
    // The months the pairs' shared events span (first to last date; a year-only date spans the whole year).
    const starts = pairs.filter((p) => p.first).map((p) => p.first.length === 4 ? p.first + '-01' : p.first.substring(0, 7)).sort();
    const ends = pairs.filter((p) => p.last).map((p) => p.last.length === 4 ? p.last + '-12' : p.last.substring(0, 7)).sort();
    months = starts.length ? monthsBetween(starts[0], ends[ends.length - 1]) : [];
    for (const id of ['range-from', 'range-to']) {
      $(id).max = Math.max(months.length - 1, 0);
      $(id).disabled = months.length === 0;
    }
    $('range-from').value = 0;
    $('range-to').value = Math.max(months.length - 1, 0);
    updateCountries();

    const update = () => refresh().catch(fail);
    for (const id of ['range-from', 'range-to']) $(id).addEventListener('input', update);
    $('country').addEventListener('change', update);
    $('more-events').addEventListener('click', morePeriod);
    $('details-more').addEventListener('click', moreEvents);
    $('find').addEventListener('change', () => {
      const wanted = $('find').value.trim().toLowerCase();
      const match = [...parties.values()].find((p) => p.label.toLowerCase() === wanted);
      if (match) showParty(match.iri);
    });
    $('reset').addEventListener('click', () => {
      $('range-from').value = 0;
      $('range-to').value = Math.max(months.length - 1, 0);
      $('country').value = '';
      $('find').value = '';
      clearSelection();
      update();
    });
  }

  function setUpTabs() {
    const show = (timeline) => {
      $('network-view').hidden = timeline;
      $('timeline-view').hidden = !timeline;
      $('tab-network').setAttribute('aria-selected', String(!timeline));
      $('tab-timeline').setAttribute('aria-selected', String(timeline));
      if (!timeline) { cy.resize(); cy.fit(undefined, 40); }
      refresh().catch(fail);
    };
    $('tab-network').addEventListener('click', () => show(false));
    $('tab-timeline').addEventListener('click', () => show(true));
  }

  function shortName(iri) {
    return decodeURIComponent(iri.substring(iri.lastIndexOf('/') + 1));
  }

  function fail(e) {
    $('error').hidden = false;
    $('error').textContent = e.message;
    document.body.dataset.state = 'error';
  }

  async function start() {
    try {
      createGraph();
      await loadPairs();
      setUpFilters();
      setUpTabs();
      await refresh();
      document.body.dataset.state = 'ready';
    } catch (e) {
      fail(e);
    }
  }

  // For tests and the browser console: the graph and the party's events loader.
  window.diplograph = { get cy() { return cy; }, showParty: (id) => showParty(id) };
  start();
})();
