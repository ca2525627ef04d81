/*
 * The gallery page: cards from the JSON data block in index.html, filters whose state lives in
 * the URL's fragment (so a filtered view is a shareable link, also from file://), and a blueprint
 * builder. Model text is data: every string reaches the page through textContent or an
 * attribute set by the DOM, never through innerHTML. A classic script, not a module: Chromium
 * refuses module scripts from file://.
 */
'use strict'
;(function () {
  var data = JSON.parse(document.getElementById('gallery-data').textContent)
  var cards = data.cards
  var $ = function (id) { return document.getElementById(id) }
  var FILTERS = ['kind', 'provider', 'group', 'capability']
  // Mirrors common.schema.json's id pattern, which the blueprint's name follows.
  var NAME = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/
  var chosen = new Set()
  var views = new Map()

  function el(tag, className, text) {
    var e = document.createElement(tag)
    if (className) e.className = className
    if (text !== undefined) e.textContent = text
    return e
  }

  function list(className, label, items, make) {
    var ul = el('ul', className)
    ul.setAttribute('aria-label', label)
    items.forEach(function (x) { ul.appendChild(make(x)) })
    return ul
  }

  function facts(pairs, className, label) {
    var dl = el('dl', className)
    if (label) dl.setAttribute('aria-label', label)
    pairs.forEach(function (p) {
      dl.appendChild(el('dt', '', p[0]))
      dl.appendChild(el('dd', '', p[1]))
    })
    return dl
  }

  function cardView(c) {
    var art = el('article', 'card' + (c.deprecated ? ' deprecated' : ''))
    art.id = 'model-' + c.id
    art.setAttribute('aria-labelledby', 'title-' + c.id)
    var h = el('h2', 'name', c.name)
    h.id = 'title-' + c.id
    art.appendChild(h)
    var meta = el('p', 'meta')
    meta.appendChild(el('span', 'badge kind-' + c.kind, c.kind))
    if (c.by) meta.appendChild(el('span', 'by', c.byLabel + ': ' + c.by))
    meta.appendChild(el('code', 'id', c.id))
    if (!c.enabled) meta.appendChild(el('span', 'badge off', 'not enabled by default'))
    art.appendChild(meta)
    if (c.warning) art.appendChild(el('p', 'warning', c.warning))
    if (c.description) art.appendChild(el('p', 'desc', c.description))
    if (c.capabilities.length) art.appendChild(list('caps', 'Capabilities', c.capabilities, function (x) { return el('li', '', x) }))
    if (c.facts.length) art.appendChild(facts(c.facts, 'facts', 'Facts'))
    if (c.benchmarks.length) {
      art.appendChild(el('h3', '', 'Benchmarks'))
      art.appendChild(facts(c.benchmarks, 'facts bench', 'Benchmarks'))
    }
    if (c.sources.length) {
      var d = el('details', 'sources')
      d.appendChild(el('summary', '', 'Sources (' + c.sources.length + ')'))
      d.appendChild(list('', 'Sources', c.sources, function (u) {
        var li = el('li')
        var a = el('a', '', u)
        a.href = u
        a.rel = 'noopener noreferrer'
        li.appendChild(a)
        return li
      }))
      art.appendChild(d)
    }
    var add = el('button', 'add', 'Add to blueprint')
    add.type = 'button'
    add.setAttribute('aria-pressed', 'false')
    add.setAttribute('aria-label', 'Add ' + c.name + ' to the blueprint')
    add.addEventListener('click', function () { toggle(c.id) })
    art.appendChild(add)
    return { el: art, add: add, card: c, text: (c.id + '\n' + c.name + '\n' + c.description).toLowerCase() }
  }

  function fillSelect(name) {
    var sel = $('f-' + name)
    data.filters[name].forEach(function (v) {
      var o = el('option', '', v)
      o.value = v
      sel.appendChild(o)
    })
  }

  // --- filter state <-> URL fragment -------------------------------------------------------
  function readState() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''))
    $('f-q').value = p.get('q') || ''
    FILTERS.forEach(function (name) {
      var v = p.get(name) || ''
      $('f-' + name).value = data.filters[name].indexOf(v) >= 0 ? v : ''
    })
    var en = p.get('enabled') || ''
    $('f-enabled').value = en === 'any' || en === 'no' ? en : ''
    $('f-deprecated').checked = p.get('deprecated') === '1'
    var name = p.get('name')
    if (name !== null) $('bp-name').value = name
    chosen = new Set((p.get('bp') || '').split(',').filter(function (id) { return views.has(id) }))
  }

  function writeState() {
    var p = new URLSearchParams()
    var q = $('f-q').value.trim()
    if (q) p.set('q', q)
    FILTERS.forEach(function (name) { if ($('f-' + name).value) p.set(name, $('f-' + name).value) })
    if ($('f-enabled').value) p.set('enabled', $('f-enabled').value)
    if ($('f-deprecated').checked) p.set('deprecated', '1')
    if (chosen.size) p.set('bp', sortedIds().join(','))
    if ($('bp-name').value !== 'my-blueprint') p.set('name', $('bp-name').value)
    var hash = p.toString()
    // replaceState: typing in the search box must not add one history entry per key.
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search)
  }

  // --- filtering ---------------------------------------------------------------------------
  function matches(v) {
    var c = v.card
    var terms = $('f-q').value.toLowerCase().split(/\s+/).filter(Boolean)
    for (var i = 0; i < terms.length; i++) if (v.text.indexOf(terms[i]) < 0) return false
    if ($('f-kind').value && c.kind !== $('f-kind').value) return false
    if ($('f-provider').value && c.by !== $('f-provider').value) return false
    if ($('f-group').value && c.group !== $('f-group').value) return false
    if ($('f-capability').value && c.capabilities.indexOf($('f-capability').value) < 0) return false
    if (c.deprecated) return $('f-deprecated').checked // shown on request, enabled or not
    var en = $('f-enabled').value
    return en === 'any' || (en === 'no' ? !c.enabled : c.enabled)
  }

  function apply() {
    var shown = 0
    views.forEach(function (v) {
      var ok = matches(v)
      v.el.hidden = !ok
      if (ok) shown++
    })
    var hiddenDeprecated = cards.filter(function (c) { return c.deprecated }).length
    $('count').textContent = shown === 0
      ? 'No model matches these filters.'
      : 'Showing ' + shown + ' of ' + cards.length + ' models' + (hiddenDeprecated && !$('f-deprecated').checked ? ' (' + hiddenDeprecated + ' deprecated hidden)' : '') + '.'
  }

  // --- the blueprint builder ---------------------------------------------------------------
  function sortedIds() {
    return Array.from(chosen).sort(function (a, b) {
      var x = views.get(a).card, y = views.get(b).card
      return x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : a < b ? -1 : a > b ? 1 : 0
    })
  }

  function blueprint() {
    var models = {}
    sortedIds().forEach(function (id) {
      var kind = views.get(id).card.kind
      ;(models[kind] = models[kind] || []).push(id)
    })
    var bp = {}
    var name = $('bp-name').value.trim()
    if (NAME.test(name) && name.length <= 100) bp.name = name
    bp.models = models
    return bp
  }

  function showBlueprint() {
    var empty = chosen.size === 0
    var name = $('bp-name').value.trim()
    var badName = name !== '' && !(NAME.test(name) && name.length <= 100)
    $('bp-name').setAttribute('aria-invalid', badName ? 'true' : 'false')
    $('bp-name-error').hidden = !badName
    $('bp-json').value = empty ? '' : JSON.stringify(blueprint(), null, 2) + '\n'
    $('bp-json').placeholder = 'No model added yet.'
    $('bp-copy').disabled = empty
    $('bp-download').disabled = empty
    $('bp-clear').disabled = empty
    views.forEach(function (v, id) {
      var on = chosen.has(id)
      v.add.setAttribute('aria-pressed', on ? 'true' : 'false')
      v.add.textContent = on ? 'Remove from blueprint' : 'Add to blueprint'
      v.add.setAttribute('aria-label', (on ? 'Remove ' : 'Add ') + v.card.name + (on ? ' from' : ' to') + ' the blueprint')
    })
  }

  function toggle(id) {
    if (chosen.has(id)) chosen.delete(id)
    else chosen.add(id)
    $('bp-status').textContent = views.get(id).card.name + (chosen.has(id) ? ' added.' : ' removed.')
    showBlueprint()
    writeState()
  }

  function copy() {
    var text = $('bp-json').value
    var done = function () { $('bp-status').textContent = 'Blueprint copied.' }
    var fallback = function () {
      $('bp-json').select()
      $('bp-status').textContent = document.execCommand('copy') ? 'Blueprint copied.' : 'Select the JSON and copy it.'
    }
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback)
    else fallback()
  }

  function download() {
    var name = blueprint().name || 'blueprint'
    var url = URL.createObjectURL(new Blob([$('bp-json').value], { type: 'application/json' }))
    var a = el('a')
    a.href = url
    a.download = name + '.json'
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(function () { URL.revokeObjectURL(url) }, 0)
    $('bp-status').textContent = 'Downloaded ' + a.download + '.'
  }

  // --- start -------------------------------------------------------------------------------
  FILTERS.forEach(fillSelect)
  var frag = document.createDocumentFragment()
  cards.forEach(function (c) {
    var v = cardView(c)
    views.set(c.id, v)
    frag.appendChild(v.el)
  })
  $('cards').appendChild(frag)
  $('built').textContent = cards.length + ' models' + (data.commit ? ', built from commit ' + data.commit.slice(0, 12) : '') + '.'

  var form = $('filters')
  form.addEventListener('input', function () { apply(); writeState() })
  form.addEventListener('change', function () { apply(); writeState() })
  form.addEventListener('submit', function (e) { e.preventDefault() })
  // Reset restores the form's defaults after this event: apply once they are in place.
  form.addEventListener('reset', function () { setTimeout(function () { apply(); writeState() }, 0) })
  $('bp-name').addEventListener('input', function () { showBlueprint(); writeState() })
  $('bp-copy').addEventListener('click', copy)
  $('bp-download').addEventListener('click', download)
  $('bp-clear').addEventListener('click', function () {
    chosen.clear()
    $('bp-status').textContent = 'Blueprint cleared.'
    showBlueprint()
    writeState()
  })
  window.addEventListener('hashchange', function () { readState(); apply(); showBlueprint() })
  readState()
  apply()
  showBlueprint()
})()
