// <cs-china-map>: China's provinces drawn by Apache ECharts (loaded as a WebJar before this file).
// The boundaries are ECharts 4.1.0's packaged map/json/china.json, fetched from the element's geo-url.
// The server sets `data` = {provinces:[{code,name,value,headquarters,plants,topScore,colour,size}], selected (a code),
// labels {code: name in the page's language}, valueLabel, plantsLabel, topLabel} and listens for `cs-province-click`
// carrying {code}. Provinces go by the file's feature ids (430000), so an English page sends no Chinese names.
(function () {
  let boundaries = null;

  function loadBoundaries(url) {
    if (!boundaries) {
      boundaries = fetch(url).then(r => r.json()).then(json => {
        echarts.registerMap('china', json);
        // each province's centre as the file gives it (properties.cp), for the dots, and its name ⇄ code
        const centres = {}, names = {}, codes = {};
        json.features.forEach(f => {
          centres[f.properties.name] = f.properties.cp;
          names[f.id] = f.properties.name;
          codes[f.properties.name] = f.id;
        });
        return { centres, names, codes };
      });
    }
    return boundaries;
  }

  class CsChinaMap extends HTMLElement {
    set data(value) {
      this._data = typeof value === 'string' ? JSON.parse(value) : value;
      this._render();
    }
    get data() { return this._data; }

    connectedCallback() {
      if (!this.style.display) { this.style.display = 'block'; }
      this._resizeObserver = new ResizeObserver(() => requestAnimationFrame(() => {
        if (this._chart) { this._chart.resize(); } else { this._render(); }
      }));
      this._resizeObserver.observe(this);
    }

    disconnectedCallback() {
      if (this._resizeObserver) { this._resizeObserver.disconnect(); }
      if (this._chart) { this._chart.dispose(); this._chart = null; }
    }

    _render() {
      if (!this.isConnected || !this._data || typeof echarts === 'undefined') { return; }
      if (this.clientWidth === 0 || this.clientHeight === 0) { return; }
      loadBoundaries(this.getAttribute('geo-url')).then(b => this._draw(b)).catch(e => {
        this.dataset.error = String(e);
        console.error('cs-china-map', e);
      });
    }

    _draw({ centres, names, codes }) {
      const d = this._data;
      const labels = d.labels || {};
      // the code of what was clicked or pointed at: a dot carries it, a province shape is known by its file name
      const codeOf = p => (p.data && p.data.province) || codes[p.name];
      if (!this._chart) {
        this._chart = echarts.init(this);
        this._chart.on('click', p => {
          const code = codeOf(p);
          if (code) { this.dispatchEvent(new CustomEvent('cs-province-click', { detail: { code } })); }
        });
      }
      const shown = d.provinces.filter(p => names[p.code]);
      const max = Math.max(1, ...shown.map(p => p.value));
      const byCode = {};
      shown.forEach(p => { byCode[p.code] = p; });
      const tip = (code, fallback) => {
        const p = byCode[code];
        const name = (p && p.name) || labels[code] || fallback;
        if (!p) { return name; }
        return name + '<br>' + d.valueLabel + ' ' + p.headquarters + (p.plants ? '<br>' + d.plantsLabel + ' ' + p.plants : '')
          + '<br>' + d.topLabel + ' ' + p.topScore.toFixed(1);
      };
      this._chart.setOption({
        tooltip: { trigger: 'item', formatter: p => tip(codeOf(p), p.name) },
        visualMap: { min: 0, max, left: 8, bottom: 8, calculable: false, text: [String(max), '0'],
          textStyle: { fontSize: 12 }, inRange: { color: ['#eff6ff', '#1d4ed8'] }, seriesIndex: 0 },
        geo: { map: 'china', roam: true, top: 12, bottom: 12, selectedMode: 'single',
          label: { show: true, fontSize: 12, color: '#1f2937', formatter: p => labels[codes[p.name]] || p.name },
          emphasis: { label: { fontSize: 13 } },
          itemStyle: { borderColor: '#94a3b8', areaColor: '#f8fafc' },
          regions: d.selected && names[d.selected] ? [{ name: names[d.selected], selected: true }] : [] },
        series: [
          { type: 'map', geoIndex: 0, data: shown.map(p => ({ name: names[p.code], value: p.value })) },
          { type: 'scatter', coordinateSystem: 'geo', z: 3,
            data: shown.filter(p => centres[names[p.code]]).map(p => ({
              province: p.code, value: [...centres[names[p.code]], p.value],
              symbolSize: p.size, itemStyle: { color: p.colour, borderColor: '#1f2937', borderWidth: 1, opacity: 0.6 } })) }
        ]
      }, true);
      this.dataset.provinces = String(d.provinces.length);
      this.dataset.ready = 'true';
    }

    /** The pixel (inside the element) of a province's centre, by code or file name: for tests and keyboard users' helpers. */
    centreOf(province) {
      return loadBoundaries(this.getAttribute('geo-url')).then(b =>
        this._chart.convertToPixel({ geoIndex: 0 }, b.centres[b.names[province] || province]));
    }
  }

  if (!customElements.get('cs-china-map')) {
    customElements.define('cs-china-map', CsChinaMap);
  }
})();
