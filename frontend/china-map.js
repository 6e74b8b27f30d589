// <cs-china-map>: China's provinces drawn by Apache ECharts (loaded as a WebJar before this file).
// The boundaries are ECharts 4.1.0's packaged map/json/china.json, fetched from the element's geo-url.
// The server sets `data` = {provinces:[{name,value,headquarters,plants,topScore,colour,size}], selected,
// valueLabel, plantsLabel, topLabel} and listens for `cs-province-click` carrying {name}.
(function () {
  let boundaries = null;

  function loadBoundaries(url) {
    if (!boundaries) {
      boundaries = fetch(url).then(r => r.json()).then(json => {
        echarts.registerMap('china', json);
        // each province's centre as the file gives it (properties.cp), for the dots
        const centres = {};
        json.features.forEach(f => { centres[f.properties.name] = f.properties.cp; });
        return centres;
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
      loadBoundaries(this.getAttribute('geo-url')).then(centres => this._draw(centres)).catch(e => {
        this.dataset.error = String(e);
        console.error('cs-china-map', e);
      });
    }

    _draw(centres) {
      const d = this._data;
      if (!this._chart) {
        this._chart = echarts.init(this);
        this._chart.on('click', p => {
          const name = p.data && p.data.province ? p.data.province : p.name;
          if (name) { this.dispatchEvent(new CustomEvent('cs-province-click', { detail: { name } })); }
        });
      }
      const max = Math.max(1, ...d.provinces.map(p => p.value));
      const byName = {};
      d.provinces.forEach(p => { byName[p.name] = p; });
      const tip = name => {
        const p = byName[name];
        if (!p) { return name; }
        return name + '<br>' + d.valueLabel + ' ' + p.headquarters + (p.plants ? '<br>' + d.plantsLabel + ' ' + p.plants : '')
          + '<br>' + d.topLabel + ' ' + p.topScore.toFixed(1);
      };
      this._chart.setOption({
        tooltip: { trigger: 'item', formatter: p => tip(p.data && p.data.province ? p.data.province : p.name) },
        visualMap: { min: 0, max, left: 8, bottom: 8, calculable: false, text: [String(max), '0'],
          textStyle: { fontSize: 12 }, inRange: { color: ['#eff6ff', '#1d4ed8'] }, seriesIndex: 0 },
        geo: { map: 'china', roam: true, top: 12, bottom: 12, selectedMode: 'single',
          label: { show: true, fontSize: 12, color: '#1f2937' },
          emphasis: { label: { fontSize: 13 } },
          itemStyle: { borderColor: '#94a3b8', areaColor: '#f8fafc' },
          regions: d.selected ? [{ name: d.selected, selected: true }] : [] },
        series: [
          { type: 'map', geoIndex: 0, data: d.provinces.map(p => ({ name: p.name, value: p.value })) },
          { type: 'scatter', coordinateSystem: 'geo', z: 3,
            data: d.provinces.filter(p => centres[p.name]).map(p => ({
              province: p.name, value: [...centres[p.name], p.value],
              symbolSize: p.size, itemStyle: { color: p.colour, borderColor: '#1f2937', borderWidth: 1, opacity: 0.6 } })) }
        ]
      }, true);
      this.dataset.provinces = String(d.provinces.length);
      this.dataset.ready = 'true';
    }

    /** The pixel (inside the element) of a province's centre: for tests and keyboard users' helpers. */
    centreOf(name) {
      return loadBoundaries(this.getAttribute('geo-url')).then(c => this._chart.convertToPixel({ geoIndex: 0 }, c[name]));
    }
  }

  if (!customElements.get('cs-china-map')) {
    customElements.define('cs-china-map', CsChinaMap);
  }
})();
