// echarts ships no types for its per-chart side-effect modules; Chart.svelte only loads them.
declare module 'echarts/lib/chart/graph.js';
