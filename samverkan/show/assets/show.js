/* samverkan show: filters, agreement clusters, frames and details for the governance graph.
   Vanilla JS, no network access. Data comes from the JSON script element; text reaches the DOM only
   through textContent (and vis-network's innerText tooltips), never as HTML. */
(function () {
  "use strict";
  var payload = JSON.parse(document.getElementById("samverkan-data").textContent);
  var allNodes = new vis.DataSet(payload.nodes);
  var allEdges = new vis.DataSet(payload.edges);
  var container = document.getElementById("graph");
  var details = document.getElementById("details");
  var count = document.getElementById("count");
  var network = new vis.Network(container, { nodes: new vis.DataSet(), edges: new vis.DataSet() }, payload.options);
  var opened = new Set();
  var CLUSTER = "cluster:";

  function checked(name) {
    var set = new Set();
    document.querySelectorAll('input[data-filter="' + name + '"]').forEach(function (box) {
      if (box.checked) { set.add(box.value); }
    });
    return set;
  }

  function visible(node, agreements, kinds) {
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
          id: CLUSTER + a.id, label: a.label + " (" + counts[a.id] + ")", title: a.title, shape: "box", margin: 14,
          color: payload.cluster.color, font: payload.cluster.font, borderWidth: 2, kind: "cluster",
          allowSingleNodeCluster: true
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
    if (payload.collapsed) { clusterAgreements(agreements); }
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

  function show(id) {
    var node = allNodes.get(id);
    if (node) { details.textContent = node.title; }
  }

  function focusNode(id) {
    if (!network.body.data.nodes.get(id)) { return; }
    network.findNode(id).slice(0, -1).forEach(openCluster);
    network.selectNodes([id]);
    network.focus(id, { scale: 1.0, animation: false });
    show(id);
  }

  network.on("click", function (params) {
    if (params.nodes.length !== 1) { return; }
    var id = params.nodes[0];
    if (isCluster(id)) { openCluster(id); } else { show(id); }
  });

  // a light frame and title behind each agreement's block
  network.on("beforeDrawing", function (ctx) {
    var agreements = checked("agreement");
    payload.blocks.forEach(function (b) {
      if (!agreements.has(b.agreement)) { return; }
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
  document.querySelectorAll("button[data-node]").forEach(function (button) {
    button.addEventListener("click", function () { focusNode(button.getAttribute("data-node")); });
  });
  var fit = document.getElementById("fit");
  if (fit) { fit.addEventListener("click", function () { network.fit({ animation: false }); }); }
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

  network.once("afterDrawing", function () {
    document.body.setAttribute("data-ready", "true");
  });
  apply();
  network.fit({ animation: false });

  // for tests and the curious: the full data and the network
  window.samverkan = {
    network: network, allNodes: allNodes, allEdges: allEdges, apply: apply, drawnCount: drawnCount,
    focusNode: focusNode, openCluster: openCluster
  };
})();
