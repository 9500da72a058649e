/* samverkan show: filters, agreement clusters, frames, search, the properties pane, a node's neighbourhood,
   #node=<id> links and PNG export for the governance graph. Vanilla JS, no network access. Data comes from the
   JSON script element; text reaches the DOM only through textContent (and vis-network's innerText tooltips),
   never as HTML. */
(function () {
  "use strict";
  if (typeof vis === "undefined") {  // a page that loads vis-network from a folder beside it, opened without it
    var missing = document.getElementById("no-vis");
    if (missing) { missing.hidden = false; }
    return;
  }
  var payload = JSON.parse(document.getElementById("samverkan-data").textContent);
  function withLook(item, look) {  // a look is sent once for all the nodes or edges that share it: a copy each
    var own = JSON.parse(JSON.stringify(look));
    Object.keys(own).forEach(function (key) { item[key] = own[key]; });
    return item;
  }
  payload.nodes.forEach(function (n) {
    if (n.info === undefined) { n.info = n.title; }  // sent once when equal
    withLook(n, payload.node_looks[n.look]);
    delete n.look;
  });
  payload.edges.forEach(function (e) { withLook(e, payload.edge_looks[e.style]); });
  var words = payload.words;
  var allNodes = new vis.DataSet(payload.nodes);
  var allEdges = new vis.DataSet(payload.edges);
  var container = document.getElementById("graph");
  var details = document.getElementById("details");
  var count = document.getElementById("count");
  var network = new vis.Network(container, { nodes: new vis.DataSet(), edges: new vis.DataSet() }, payload.options);
  var opened = new Set();
  var only = null;  // the node ids of a neighbourhood being shown, or null for everything
  var CLUSTER = "cluster:";
  var READABLE = payload.readable_scale;  // the scale at which labels are at least 12 px

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function checked(name) {
    var set = new Set();
    document.querySelectorAll('input[data-filter="' + name + '"]').forEach(function (box) {
      if (box.checked) { set.add(box.value); }
    });
    return set;
  }

  function visible(node, agreements, kinds) {
    if (only !== null && !only.has(node.id)) { return false; }
    if (!kinds.has(node.kind)) { return false; }
    if (!node.agreements || node.agreements.length === 0) { return true; }
    return node.agreements.some(function (a) { return agreements.has(a); });
  }

  function clusterAgreements(agreements) {
    var counts = {};
    network.body.data.nodes.forEach(function (n) {
      if (n.agreement) { counts[n.agreement] = (counts[n.agreement] || 0) + 1; }
    });
    var todo = payload.agreements.filter(function (a) {
      return agreements.has(a.id) && !opened.has(a.id) && counts[a.id] && !network.body.nodes[CLUSTER + a.id];
    });
    // vis-network refreshes its data after each cluster unless told not to: only after the last one here
    todo.forEach(function (a, i) {
      network.cluster({
        joinCondition: function (n) { return n.agreement === a.id; },
        clusterNodeProperties: {
          id: CLUSTER + a.id, label: (a.badge ? a.badge + "\n" : "") + a.label + " (" + counts[a.id] + ")",
          title: a.title, shape: "box", margin: 14, color: a.color || payload.cluster.color,
          font: payload.cluster.font, borderWidth: a.badge ? 4 : 2, kind: "cluster", allowSingleNodeCluster: true
        }
      }, i === todo.length - 1);
    });
  }

  function drawnCount() {
    return network.body.nodeIndices.length;
  }

  function apply() {
    var agreements = checked("agreement");
    var kinds = checked("kind");
    var relations = checked("relation");
    var nodes = allNodes.get({ filter: function (n) { return visible(n, agreements, kinds); } });
    var ids = new Set(nodes.map(function (n) { return n.id; }));
    var edges = allEdges.get({
      filter: function (e) { return ids.has(e.from) && ids.has(e.to) && relations.has(e.style); }
    });
    network.setData({ nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) });
    if (payload.collapsed && only === null) { clusterAgreements(agreements); }
    count.textContent = String(drawnCount());
  }

  function isCluster(id) {
    return network.body.nodes[id] !== undefined && network.isCluster(id);
  }

  function openCluster(id) {
    if (!isCluster(id)) { return; }
    opened.add(id.slice(CLUSTER.length));
    // back to the computed positions (vis-network would put every member on the cluster's spot)
    network.openCluster(id, {
      releaseFunction: function (clusterPosition, positions) {
        var out = {};
        Object.keys(positions).forEach(function (nodeId) {
          var node = allNodes.get(nodeId);
          out[nodeId] = node ? { x: node.x, y: node.y } : positions[nodeId];
        });
        return out;
      }
    });
    count.textContent = String(drawnCount());
  }

  // --- the properties pane ---

  function findingItem(f) {
    var li = el("li", null, "finding " + f.severity);
    li.appendChild(el("span", f.badge + " " + f.severity_word, "badge"));
    li.appendChild(document.createTextNode(" "));
    li.appendChild(el("strong", f.rule));
    li.appendChild(el("div", f.message, "message"));
    if (f.citation) { li.appendChild(el("div", f.citation, "citation")); }
    if (f.suggestion) { li.appendChild(el("div", "→ " + f.suggestion, "suggestion")); }
    return li;
  }

  function button(text, onClick, id) {
    var b = el("button", text);
    b.type = "button";
    if (id) { b.id = id; }
    b.addEventListener("click", onClick);
    return b;
  }

  function show(id) {
    var node = allNodes.get(id);
    if (!node) { return; }
    var lines = (node.info || node.title || "").split("\n");
    details.textContent = "";
    details.setAttribute("data-node", id);
    details.appendChild(el("h3", lines[0]));
    if (lines.length > 1) { details.appendChild(el("p", lines[1], "meta")); }
    var actions = el("div", null, "actions");
    actions.appendChild(button(words.neighbourhood, function () { neighbourhood(id); }, "show-neighbourhood"));
    if (only !== null) { actions.appendChild(button(words.show_all, showAll, "show-all")); }
    details.appendChild(actions);
    var found = node.findings || [];
    if (found.length) {
      details.appendChild(el("h4", words.findings + " (" + found.length + ")"));
      var list = el("ol", null, "findings");
      found.forEach(function (i) { list.appendChild(findingItem(payload.findings[i])); });
      details.appendChild(list);
    }
    if (lines.length > 2) { details.appendChild(el("div", lines.slice(2).join("\n"), "info")); }
  }

  // --- selecting, searching, neighbourhoods ---

  function resetFilters() {
    document.querySelectorAll("input[data-filter]").forEach(function (box) { box.checked = true; });
    only = null;
    apply();
  }

  function setHash(id) {
    try { history.replaceState(null, "", "#node=" + encodeURIComponent(id)); } catch (e) { /* file:// in some browsers */ }
  }

  function centre(id) {
    var scale = Math.max(network.getScale(), READABLE);
    network.moveTo({ position: network.getPosition(id), scale: scale, animation: false });
  }

  function focusNode(id) {
    id = payload.aliases[id] || id;
    if (!allNodes.get(id)) { return false; }
    if (!network.body.data.nodes.get(id)) { resetFilters(); }
    network.findNode(id).slice(0, -1).forEach(openCluster);
    network.selectNodes([id]);
    centre(id);
    show(id);
    setHash(id);
    return true;
  }

  function neighbourhood(id) {
    var keep = new Set([id]);
    var up = [id];
    allEdges.forEach(function (e) {
      if (e.from === id) { keep.add(e.to); up.push(e.to); }
      if (e.to === id) { keep.add(e.from); }
    });
    // the chain to the top: what the node and the groups it sits in report to, transitively
    var reports = {};
    allEdges.forEach(function (e) {
      if (e.relation === "reports_to" || e.relation === "part_of") { (reports[e.from] = reports[e.from] || []).push(e.to); }
    });
    while (up.length) {
      (reports[up.pop()] || []).forEach(function (t) { if (!keep.has(t)) { keep.add(t); up.push(t); } });
    }
    only = keep;
    apply();
    network.fit({ nodes: Array.from(keep).filter(function (n) { return network.body.nodes[n]; }), animation: false });
    if (network.getScale() > 1.2) { network.moveTo({ scale: 1.2, animation: false }); }
    network.selectNodes([id]);
    show(id);
    document.getElementById("show-all").focus();
  }

  function showAll() {
    var id = details.getAttribute("data-node");
    only = null;
    apply();
    if (id) { focusNode(id); }
  }

  var index = null;
  function search(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return []; }
    if (index === null) {
      index = allNodes.get().map(function (n) {
        return { id: n.id, label: n.label.replace(/\n/g, " ").toLowerCase(), name: (n.info || "").split("\n")[0].toLowerCase(),
                 info: (n.info || "").toLowerCase(), kind: n.kind };
      });
    }
    var hits = [];
    index.forEach(function (n) {
      var rank = n.name === q ? 0 : n.name.indexOf(q) === 0 ? 1 : (n.name.indexOf(q) >= 0 || n.label.indexOf(q) >= 0) ? 2
        : n.id.toLowerCase().indexOf(q) >= 0 ? 3 : n.info.indexOf(q) >= 0 ? 4 : -1;
      if (rank >= 0) { hits.push([rank, n.name, n.id]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0); });
    return hits.map(function (h) { return h[2]; });
  }

  var searchInput = document.getElementById("search-input");
  var searchResults = document.getElementById("search-results");
  var searchStatus = document.getElementById("search-status");
  function runSearch() {
    var hits = search(searchInput.value);
    searchResults.textContent = "";
    searchStatus.textContent = searchInput.value.trim() ? words.hits.replace("{n}", String(hits.length)) : "";
    hits.slice(0, 30).forEach(function (id) {
      var n = allNodes.get(id);
      var li = el("li");
      var b = button((n.info || n.label).split("\n")[0], function () { focusNode(id); searchResults.textContent = ""; });
      b.className = "link";
      b.setAttribute("data-node", id);
      li.appendChild(b);
      li.appendChild(el("span", " · " + (words.kinds[n.kind] || n.kind), "small"));
      searchResults.appendChild(li);
    });
    if (hits.length) { focusNode(hits[0]); }
  }
  searchInput.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { e.preventDefault(); runSearch(); }
    if (e.key === "Escape") { searchResults.textContent = ""; }
  });
  document.getElementById("search-go").addEventListener("click", runSearch);

  // --- PNG export: the canvas as drawn, on white ---

  function exportPng() {
    var canvas = container.querySelector("canvas");
    var out = document.createElement("canvas");
    out.width = canvas.width;
    out.height = canvas.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0);
    var link = document.createElement("a");
    link.download = payload.file_name + ".png";
    link.href = out.toDataURL("image/png");
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  // --- the first view: a node named in the URL, else the top of the agreement at a readable scale ---

  function fragmentNode() {
    var m = /^#node=(.+)$/.exec(location.hash);
    if (!m) { return null; }
    try { return decodeURIComponent(m[1]); } catch (e) { return null; }
  }

  function home() {
    network.fit({ animation: false });
    if (network.getScale() >= READABLE || !payload.home) { return; }
    var target = network.findNode(payload.home)[0] || payload.home;
    var pos = network.getPosition(target);
    var h = container.clientHeight || 600;
    // the top node a third from the top of the canvas, so what reports to it fills the rest
    network.moveTo({ position: { x: pos.x, y: pos.y + h / READABLE / 6 }, scale: READABLE, animation: false });
  }

  network.on("click", function (params) {
    if (params.nodes.length !== 1) { return; }
    var id = params.nodes[0];
    if (isCluster(id)) { openCluster(id); } else { show(id); setHash(id); }
  });
  network.on("selectNode", function (params) {  // keyboard and programmatic selection fill the pane too
    if (params.nodes.length === 1 && !isCluster(params.nodes[0])) { show(params.nodes[0]); }
  });

  // a light frame and title behind each agreement's block
  network.on("beforeDrawing", function (ctx) {
    var agreements = checked("agreement");
    payload.blocks.forEach(function (b) {
      if (!agreements.has(b.agreement) || only !== null) { return; }
      ctx.save();
      ctx.fillStyle = "rgba(243, 244, 246, 0.7)";
      ctx.strokeStyle = "#d1d5db";
      ctx.lineWidth = 1;
      ctx.fillRect(b.x, b.y, b.width, b.height);
      ctx.strokeRect(b.x, b.y, b.width, b.height);
      ctx.fillStyle = "#374151";
      ctx.font = "bold 18px system-ui, 'DejaVu Sans', sans-serif";
      ctx.textBaseline = "top";
      ctx.fillText(b.title, b.x + 14, b.y + 12);
      ctx.restore();
    });
  });

  document.querySelectorAll("input[data-filter]").forEach(function (box) {
    box.addEventListener("change", apply);
  });
  document.querySelectorAll("button[data-node]").forEach(function (b) {
    b.addEventListener("click", function () { focusNode(b.getAttribute("data-node")); });
  });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });
  document.getElementById("home").addEventListener("click", home);
  document.getElementById("export-png").addEventListener("click", exportPng);
  var openAll = document.getElementById("open-all");
  if (openAll) {
    openAll.addEventListener("click", function () {
      payload.agreements.forEach(function (a) { openCluster(CLUSTER + a.id); });
    });
  }
  var closeAll = document.getElementById("close-all");
  if (closeAll) {
    closeAll.addEventListener("click", function () { opened.clear(); apply(); network.fit({ animation: false }); });
  }
  window.addEventListener("hashchange", function () { var id = fragmentNode(); if (id) { focusNode(id); } });
  window.addEventListener("beforeprint", function () { network.fit({ animation: false }); });

  network.once("afterDrawing", function () {
    document.body.setAttribute("data-ready", "true");
  });
  apply();
  var wanted = fragmentNode();
  if (!(wanted && focusNode(wanted))) { home(); }

  // for tests and the curious: the full data and the network
  window.samverkan = {
    network: network, allNodes: allNodes, allEdges: allEdges, apply: apply, drawnCount: drawnCount,
    focusNode: focusNode, openCluster: openCluster, search: search, neighbourhood: neighbourhood, home: home
  };
})();
