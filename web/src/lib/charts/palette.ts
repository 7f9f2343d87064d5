import type { SegmentKind } from '$lib/queries/overview';

/** One colour per segment kind, shared by every chart so a kind looks the same everywhere. */
export const KIND_COLORS: Record<SegmentKind, string> = {
  speech: '#1f77b4',
  panel: '#ff7f0e',
  interview: '#2ca02c',
  report: '#9467bd',
  ceremony: '#d62728',
  'host-monologue': '#8c564b',
  promo: '#e377c2',
  music: '#7f7f7f',
};

/** Fonts that cover CJK on Linux, macOS and Windows (the canvas needs them named). */
export const CHART_FONT =
  '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
