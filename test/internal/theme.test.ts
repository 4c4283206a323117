import { expect } from '@open-wc/testing';
import { tokens } from '../../src/internal/theme.js';

type Palette = Record<string, string>;

const TEXT = 4.5;
const NON_TEXT = 3;

function rgbOf(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: number[], b: number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `color-mix(in srgb, tone share%, base)`, as the alerts tint their background. */
function mix(tone: number[], base: number[], share: number): number[] {
  return tone.map((v, i) => Math.round(v * share + base[i]! * (1 - share)));
}

function builtInPalettes(): { light: Palette; dark: Palette } {
  const light: Palette = {};
  const dark: Palette = {};
  for (const [, name, l, d] of tokens.cssText.matchAll(/--habil-color-([a-z-]+), light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/g)) {
    light[name!] = l!;
    dark[name!] = d!;
  }
  return { light, dark };
}

async function themePalette(file: string, base: Palette): Promise<Palette> {
  const css = await (await fetch(`/src/themes/${file}`)).text();
  const palette = { ...base };
  for (const [, name, value] of css.matchAll(/--habil-color-([a-z-]+):\s*(#[0-9a-f]{6})/g)) palette[name!] = value!;
  return palette;
}

/** Every pair of colours the components put together, with the ratio WCAG AA asks of it. */
function failures(palette: Palette): string[] {
  const c = (name: string) => {
    const value = palette[name];
    if (!value) throw new Error(`no value for --habil-color-${name}`);
    return rgbOf(value);
  };
  const pairs: [string, number[], number[], number][] = [];
  for (const bg of ['surface', 'surface-raised', 'surface-sunken', 'selected']) {
    pairs.push([`text on ${bg}`, c('text'), c(bg), TEXT], [`text-muted on ${bg}`, c('text-muted'), c(bg), TEXT]);
  }
  for (const bg of ['surface', 'surface-raised', 'surface-sunken']) {
    for (const fg of ['accent', 'danger', 'success', 'warning']) pairs.push([`${fg} on ${bg}`, c(fg), c(bg), TEXT]);
    for (const fg of ['border', 'focus']) pairs.push([`${fg} on ${bg}`, c(fg), c(bg), NON_TEXT]);
  }
  pairs.push(['accent-contrast on accent', c('accent-contrast'), c('accent'), TEXT]);
  pairs.push(['danger-contrast on danger', c('danger-contrast'), c('danger'), TEXT]);
  pairs.push(['accent-contrast on hovered accent', c('accent-contrast'), mix(c('accent'), c('text'), 0.85), TEXT]);
  pairs.push(['danger-contrast on hovered danger', c('danger-contrast'), mix(c('danger'), c('text'), 0.85), TEXT]);
  for (const tone of ['danger', 'warning', 'success', 'accent']) {
    const tint = mix(c(tone), c('surface'), 0.08);
    for (const fg of ['text', 'text-muted', tone]) pairs.push([`${fg} on the ${tone} alert`, c(fg), tint, TEXT]);
  }
  return pairs
    .filter(([, fg, bg, needed]) => contrast(fg, bg) < needed)
    .map(([label, fg, bg, needed]) => `${label}: ${contrast(fg, bg).toFixed(2)} < ${needed}`);
}

describe('design tokens', () => {
  it('computes contrast the way WCAG does', () => {
    expect(contrast(rgbOf('#000000'), rgbOf('#ffffff'))).to.equal(21);
    expect(failures({ ...builtInPalettes().light, 'text-muted': '#999999' })).to.include('text-muted on surface: 2.85 < 4.5');
  });

  it('give every colour a light and a dark fallback', () => {
    const { light, dark } = builtInPalettes();
    expect(Object.keys(light)).to.have.length.greaterThan(14);
    expect(Object.keys(dark)).to.deep.equal(Object.keys(light));
  });

  it('meet WCAG AA in the built-in light and dark palettes', () => {
    const { light, dark } = builtInPalettes();
    expect(failures(light)).to.deep.equal([]);
    expect(failures(dark)).to.deep.equal([]);
  });

  for (const file of ['ucanss.css', 'caf.css', 'dark.css']) {
    it(`meet WCAG AA in themes/${file}, which sets only --habil-* properties`, async () => {
      const css = await (await fetch(`/src/themes/${file}`)).text();
      const declared = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([a-z-]+)\s*:/g)].map((m) => m[1]);
      expect(declared.length).to.be.greaterThan(10);
      expect(declared.filter((name) => !name!.startsWith('--habil-'))).to.deep.equal([]);
      const base = file === 'dark.css' ? builtInPalettes().dark : builtInPalettes().light;
      expect(failures(await themePalette(file, base))).to.deep.equal([]);
    });
  }
});
