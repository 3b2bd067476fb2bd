// Diplograph explorer: the contact network, a timeline and each party's events, read through the public
// SPARQL endpoint with the project's named queries (served at queries/NAME.rq). Text from the graph is only
// ever set with textContent, so nothing in an article can become markup.
(function () {
  'use strict';

  const endpoint = document.body.dataset.endpoint;
  const $ = (id) => document.getElementById(id);

  // Everything read from explore-network.rq, keyed by IRI.
  const events = new Map();   // event -> {type, date, location, venueCountry, parties: Set}
  const parties = new Map();  // party -> {label, kind, country, countryLabel}
  let months = [];            // every month from the first dated event to the last, "YYYY-MM"
  let cy = null;
  let selected = null;        // the node or edge whose events the panel shows
  let subject = null;         // the party those events are read for

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

  // SPARQL's own way to supply values: a VALUES block after the query. IRIs come from earlier results and
  // are checked against the IRIREF grammar, so they cannot close the block.
  function bindIri(query, variable, iri) {
    if (!/^[^<>"{}|^`\\\u0000-\u0020]+$/.test(iri)) throw new Error('Not an IRI: ' + iri);
    return query + '\nVALUES ?' + variable + ' { <' + iri + '> }\n';
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

  async function loadNetwork() {
    const rows = await runQuery(await namedQuery('explore-network'));
    for (const r of rows) {
      if (!events.has(r.event)) {
        events.set(r.event, {
          iri: r.event, type: r.type, date: r.date || null, location: r.location || null,
          venueCountry: r.venueCountry || null, parties: new Set()
        });
      }
      events.get(r.event).parties.add(r.party);
      if (!parties.has(r.party)) {
        parties.set(r.party, {
          iri: r.party, label: r.label || shortName(r.party), kind: r.kind || 'Entity',
          country: r.country || null, countryLabel: r.countryLabel || null
        });
      }
    }
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

  // --- Filtering -------------------------------------------------------------------------------------

  function filters() {
    const from = months[Math.min($('range-from').value, $('range-to').value)];
    const to = months[Math.max($('range-from').value, $('range-to').value)];
    return {
      from: from ? from + '-01' : null,
      to: to ? to + '-31' : null,
      undated: $('undated').checked,
      country: $('country').value
    };
  }

  function matches(event, f) {
    if (!event.date) {
      if (!f.undated) return false;
    } else if (f.from) {
      const [start, end] = span(event.date);
      if (end < f.from || start > f.to) return false;
    }
    if (!f.country) return true;
    if (event.venueCountry === f.country) return true;
    for (const p of event.parties) {
      if (parties.get(p).country === f.country) return true;
    }
    return false;
  }

  function visibleEvents() {
    const f = filters();
    return [...events.values()].filter((e) => matches(e, f));
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

  function elementsFor(list) {
    const count = new Map();
    const pairs = new Map();
    for (const e of list) {
      const members = [...e.parties].sort();
      members.forEach((p) => count.set(p, (count.get(p) || 0) + 1));
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const key = members[i] + ' ' + members[j];
          pairs.set(key, (pairs.get(key) || 0) + 1);
        }
      }
    }
    const nodes = [...count.entries()].map(([iri, n]) => {
      const p = parties.get(iri);
      return {
        group: 'nodes',
        data: { id: iri, label: p.label, kind: p.kind, events: n, colour: colourOf(p.country) }
      };
    });
    const edges = [...pairs.entries()].map(([key, n]) => {
      const [a, b] = key.split(' ');
      return { group: 'edges', data: { id: key, source: a, target: b, shared: n } };
    });
    return nodes.concat(edges);
  }

  function drawNetwork(list) {
    const elements = elementsFor(list);
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
    $('empty').hidden = list.length > 0;
    $('empty').textContent = events.size === 0
      ? 'The store holds no meetings, visits or calls yet: ingest some articles.'
      : 'No events match these filters.';
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
            'width': 'mapData(events, 1, 8, 20, 52)',
            'height': 'mapData(events, 1, 8, 20, 52)',
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
            'width': 'mapData(shared, 1, 5, 1.5, 7)',
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
    return showEvents(id, id, party.label, meta.filter(Boolean).join(' · '), () => true);
  }

  // An edge: the events of its first party that the second one shares.
  function showContact(edge) {
    const [a, b] = [edge.data('source'), edge.data('target')];
    const title = parties.get(a).label + ' – ' + parties.get(b).label;
    return showEvents(edge.id(), a, title, (n) => n + (n === 1 ? ' shared event' : ' shared events'),
      (event) => events.has(event) && events.get(event).parties.has(b));
  }

  // The panel lists every event of the party that keep() accepts, whatever the filters; meta is a line of text,
  // or a function of the number of events listed.
  async function showEvents(focus, party, title, meta, keep) {
    selected = focus;
    subject = party;
    if (cy.getElementById(focus).nonempty()) highlight(focus);
    $('panel-intro').hidden = true;
    $('details').hidden = false;
    $('details-name').textContent = title;
    $('details-meta').textContent = typeof meta === 'function' ? '' : meta;
    const list = $('details-events');
    list.replaceChildren(element('li', 'loading', 'Loading events…'));
    document.body.dataset.details = 'loading';
    try {
      const rows = await runQuery(bindIri(await namedQuery('explore-events'), 'entity', party));
      if (selected !== focus) return;
      const cards = groupByEvent(rows.filter((r) => keep(r.event))).map(eventCard);
      list.replaceChildren(...cards);
      if (typeof meta === 'function') $('details-meta').textContent = meta(cards.length);
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
    const others = [...(events.get(first.event) || { parties: [] }).parties]
      .filter((p) => p !== subject).map((p) => parties.get(p).label);
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

  function refresh() {
    const list = visibleEvents();
    const shown = new Set();
    list.forEach((e) => e.parties.forEach((p) => shown.add(p)));
    const f = filters();
    $('range-label').textContent = months.length
      ? monthName(f.from.substring(0, 7)) + ' – ' + monthName(f.to.substring(0, 7)) : 'no dated events';
    $('stat-parties').textContent = shown.size;
    $('stat-events').textContent = list.length;
    drawNetwork(list);
    $('stat-contacts').textContent = cy.edges().length;
    drawTimeline(list);
    drawLegend(shown);
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

  function setUpFilters() {
    const dated = [...events.values()].filter((e) => e.date).map((e) => e.date.substring(0, 7));
    // A year-only date spans the whole year.
    const starts = dated.map((d) => d.length === 4 ? d + '-01' : d).sort();
    const ends = dated.map((d) => d.length === 4 ? d + '-12' : d).sort();
    months = starts.length ? monthsBetween(starts[0], ends[ends.length - 1]) : [];
    for (const id of ['range-from', 'range-to']) {
      $(id).max = Math.max(months.length - 1, 0);
      $(id).disabled = months.length === 0;
    }
    $('range-from').value = 0;
    $('range-to').value = Math.max(months.length - 1, 0);

    const countries = new Map();
    for (const p of parties.values()) if (p.country) countries.set(p.country, p.countryLabel || shortName(p.country));
    const sorted = [...countries.entries()].sort((a, b) => a[1].localeCompare(b[1]));
    sorted.forEach(([iri]) => colourOf(iri));
    const options = sorted.map(([iri, label]) => { const o = element('option', null, label); o.value = iri; return o; });
    $('country').append(...options);

    const names = [...parties.values()].sort((a, b) => a.label.localeCompare(b.label))
      .map((p) => { const o = element('option'); o.value = p.label; return o; });
    $('party-names').replaceChildren(...names);

    for (const id of ['range-from', 'range-to']) $(id).addEventListener('input', refresh);
    $('undated').addEventListener('change', refresh);
    $('country').addEventListener('change', refresh);
    $('find').addEventListener('change', () => {
      const wanted = $('find').value.trim().toLowerCase();
      const match = [...parties.values()].find((p) => p.label.toLowerCase() === wanted);
      if (match) showParty(match.iri);
    });
    $('reset').addEventListener('click', () => {
      $('range-from').value = 0;
      $('range-to').value = Math.max(months.length - 1, 0);
      $('undated').checked = true;
      $('country').value = '';
      $('find').value = '';
      clearSelection();
      refresh();
    });
  }

  function setUpTabs() {
    const show = (timeline) => {
      $('network-view').hidden = timeline;
      $('timeline-view').hidden = !timeline;
      $('tab-network').setAttribute('aria-selected', String(!timeline));
      $('tab-timeline').setAttribute('aria-selected', String(timeline));
      if (!timeline) { cy.resize(); cy.fit(undefined, 40); }
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
      await loadNetwork();
      setUpFilters();
      setUpTabs();
      refresh();
      document.body.dataset.state = 'ready';
    } catch (e) {
      fail(e);
    }
  }

  // For tests and the browser console: the graph and the party's events loader.
  window.diplograph = { get cy() { return cy; }, showParty: (id) => showParty(id) };
  start();
})();
