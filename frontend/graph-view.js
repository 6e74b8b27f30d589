// <cs-graph>: a small graph picture drawn by Cytoscape.js (loaded as a WebJar before this file).
// The server sets the `graph` property to {nodes:[{id,label,kind,color,size}], edges:[{source,target,label,kind}], layout}
// and listens for `cs-node-click` events carrying {id, kind}.
// A large picture (the cluster map) also sets `options`: {hideEdgesOnViewport, textureOnViewport, fastEdges,
// minZoomedFontSize, minZoom, maxZoom, pixelRatio}; small pictures leave it unset and draw as before.
(function () {
  const STYLE = [
    { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4,
        'background-color': 'data(color)', 'width': 'data(size)', 'height': 'data(size)',
        'color': '#1f2937', 'text-wrap': 'wrap', 'text-max-width': 110,
        'font-family': '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif' } },
    { selector: 'node[kind = "chain"]', style: { 'shape': 'round-rectangle', 'font-size': 13, 'font-weight': 'bold',
        'text-valign': 'center', 'color': '#ffffff', 'text-margin-y': 0, 'width': 'label', 'padding': 10,
        'text-wrap': 'none' } },
    { selector: 'node[kind = "district"]', style: { 'shape': 'star' } },
    { selector: 'node[kind = "segment"]', style: { 'shape': 'round-rectangle', 'width': 150, 'height': 34,
        'text-valign': 'center', 'text-margin-y': 0, 'font-size': 12, 'color': '#111827', 'text-max-width': 144,
        'text-wrap': 'ellipsis' } },
    { selector: 'node[border = "key"]', style: { 'border-width': 3, 'border-color': '#1e3a8a' } },
    { selector: ':parent', style: { 'background-opacity': 0.06, 'background-color': '#64748b', 'border-width': 1,
        'border-color': '#cbd5e1', 'text-valign': 'top', 'text-halign': 'center', 'font-weight': 'bold',
        'font-size': 12, 'padding': 12, 'shape': 'round-rectangle' } },
    { selector: 'edge', style: { 'width': 1.5, 'line-color': '#94a3b8', 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'target-arrow-color': '#94a3b8', 'arrow-scale': 0.8,
        'label': 'data(label)', 'font-size': 12, 'color': '#64748b', 'text-background-color': '#ffffff',
        'text-background-opacity': 0.8 } },
    { selector: 'edge[kind = "unverified"]', style: { 'line-style': 'dashed', 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1' } },
    { selector: 'node[kind = "focus"]', style: { 'font-weight': 'bold', 'font-size': 13 } },
    // the cluster map: compact segments, gaps outlined in their status colour, leading firms with a dark rim
    // (segments are tiles with their names shortened to fit, the full name on hover; chain titles always show)
    { selector: 'node[kind = "cluster-segment"]', style: { 'shape': 'round-rectangle', 'width': 54, 'height': 24,
        'text-valign': 'center', 'text-margin-y': 0, 'font-size': 12, 'color': '#111827',
        'text-max-width': 52, 'text-wrap': 'ellipsis', 'border-width': 1, 'border-color': '#cbd5e1' } },
    { selector: 'node[kind = "company"]', style: { 'font-size': 14, 'text-max-width': 96, 'text-wrap': 'ellipsis' } },
    { selector: 'node[border = "cluster-title"]', style: { 'font-size': 17, 'padding': 8 } },
    { selector: 'node[border = "gap-MISSING"]', style: { 'border-width': 4, 'border-color': '#dc2626' } },
    { selector: 'node[border = "gap-BROKEN"]', style: { 'border-width': 4, 'border-color': '#ea580c' } },
    { selector: 'node[border = "gap-WEAK"]', style: { 'border-width': 4, 'border-color': '#ca8a04' } },
    { selector: 'node[border = "faded"]', style: { 'opacity': 0.45 } },
    { selector: 'node[border = "leading"]', style: { 'border-width': 3, 'border-color': '#1f2937', 'font-weight': 'bold' } },
    { selector: 'edge[kind = "operates"]', style: { 'width': 1, 'line-color': '#94a3b8', 'target-arrow-shape': 'none', 'opacity': 0.7 } },
    { selector: 'edge[kind = "feeds"]', style: { 'width': 1, 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1', 'arrow-scale': 0.6 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59e0b' } }
  ];

  // what a large graph needs to stay smooth: cheap straight edges and no labels when they would be unreadable
  function styleFor(options) {
    const style = STYLE.slice();
    if (options.fastEdges) {
      style.push({ selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'label': '' } });
    }
    if (options.minZoomedFontSize) {
      style.push({ selector: 'node[kind = "company"]', style: { 'min-zoomed-font-size': options.minZoomedFontSize } });
    }
    return style;
  }

  // the smallest size (px on screen) of a label a user must read at the picture's first zoom
  const MIN_LABEL_PX = 12;

  function labelled(ele) {
    return ele.visible() && String(ele.data('label') || '').length > 0;
  }

  // the zoom at which the smallest label drawn is MIN_LABEL_PX on screen
  function readableZoom(cy) {
    let smallest = Infinity;
    cy.elements().filter(labelled).forEach(ele => {
      const size = parseFloat(ele.style('font-size'));
      if (size > 0 && size < smallest) { smallest = size; }
    });
    return smallest === Infinity ? 0 : MIN_LABEL_PX / smallest;
  }

  class CsGraph extends HTMLElement {
    set graph(value) {
      this._graph = typeof value === 'string' ? JSON.parse(value) : value;
      this._render();
    }
    get graph() { return this._graph; }

    set options(value) {
      this._options = typeof value === 'string' ? JSON.parse(value) : value;
      if (this._cy) { this._render(); }
    }
    get options() { return this._options; }

    connectedCallback() {
      if (!this.style.display) { this.style.display = 'block'; }
      // lay out only once the element has a size, and fit again when it changes (drawer, window)
      // (deferred to the next frame: resizing inside the callback would re-trigger it and drop notifications)
      this._resizeObserver = new ResizeObserver(() => requestAnimationFrame(() => {
        if (!this._cy) { this._render(); } else { this._fit(); }
      }));
      this._resizeObserver.observe(this);
    }

    disconnectedCallback() {
      if (this._resizeObserver) { this._resizeObserver.disconnect(); }
      if (this._cy) { this._cy.destroy(); this._cy = null; }
    }

    _render() {
      if (!this.isConnected || !this._graph || typeof cytoscape === 'undefined') { return; }
      if (this.clientWidth === 0 || this.clientHeight === 0) { return; }
      if (this._cy) { this._cy.destroy(); }
      const g = this._graph;
      const elements = [
        ...g.nodes.map(n => {
          const el = { data: { ...n, color: n.color || '#2563eb', size: n.size || 18 } };
          if (!n.parent) { delete el.data.parent; }
          if (n.x !== null && n.x !== undefined) { el.position = { x: n.x, y: n.y }; }
          return el;
        }),
        ...g.edges.map((e, i) => ({ data: { id: 'e' + i, ...e, label: e.label || '' } }))
      ];
      const o = this._options || {};
      try {
        this._cy = cytoscape({
          container: this, elements, style: styleFor(o),
          layout: { name: g.layout || 'cose', animate: false, padding: 20, nodeRepulsion: 9000, idealEdgeLength: 70, fit: true },
          minZoom: o.minZoom || 0.2, maxZoom: o.maxZoom || 3,
          hideEdgesOnViewport: !!o.hideEdgesOnViewport, textureOnViewport: !!o.textureOnViewport,
          pixelRatio: o.pixelRatio || 'auto'
        });
        delete this.dataset.error;
      } catch (e) {
        // a broken picture says why (visible in the DOM and the console) instead of staying blank
        this.dataset.error = String(e);
        console.error('cs-graph', e);
        return;
      }
      this.dataset.nodes = String(g.nodes.length);
      // the element may still be settling into its final size: fit once more after the first frame
      requestAnimationFrame(() => { if (this._cy) { this._fit(); } });
      // a shortened name shows in full on hover
      this._cy.on('mouseover', 'node', evt => { this.title = evt.target.data('full') || evt.target.data('label') || ''; });
      this._cy.on('mouseout', 'node', () => { this.title = ''; });
      this._cy.on('tap', 'node', evt => {
        const d = evt.target.data();
        this.dispatchEvent(new CustomEvent('cs-node-click', { detail: { id: d.id, kind: d.kind } }));
      });
    }
  }

  // fit the picture to its panel, then zoom in (never out) until every label is readable, keeping
  // the picture's top left corner in view: a wide picture is then panned rather than squinted at
  CsGraph.prototype._fit = function () {
    const cy = this._cy;
    cy.resize();
    cy.fit(undefined, 20);
    const readable = readableZoom(cy);
    if (readable > cy.zoom()) {
      const box = cy.elements().boundingBox();
      cy.zoom(readable);
      cy.pan({ x: 20 - box.x1 * readable, y: 20 - box.y1 * readable });
    }
    this.dataset.zoom = cy.zoom().toFixed(3);
  };

  if (!customElements.get('cs-graph')) {
    customElements.define('cs-graph', CsGraph);
  }
})();
