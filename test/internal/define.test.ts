import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';

describe('defineElement', () => {
  const originalWarn = console.warn;
  let warnings: unknown[][];

  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });

  afterEach(() => {
    console.warn = originalWarn;
  });

  it('registers a free tag', () => {
    class FirstCopy extends HTMLElement {}
    defineElement('habil-define-free', FirstCopy);
    expect(customElements.get('habil-define-free')).to.equal(FirstCopy);
    expect(warnings).to.have.length(0);
  });

  it('keeps the first copy of a tag and warns once, instead of throwing, when another copy of the kit registers it', () => {
    class FirstCopy extends HTMLElement {}
    class SecondCopy extends HTMLElement {}
    defineElement('habil-define-twice', FirstCopy);

    expect(() => defineElement('habil-define-twice', SecondCopy)).not.to.throw();
    defineElement('habil-define-twice', SecondCopy);

    expect(customElements.get('habil-define-twice')).to.equal(FirstCopy);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<habil-define-twice> is already defined');
  });

  it('says nothing when the same class is registered again (the same define file imported twice)', () => {
    class OnlyCopy extends HTMLElement {}
    defineElement('habil-define-same', OnlyCopy);
    defineElement('habil-define-same', OnlyCopy);
    expect(warnings).to.have.length(0);
  });

  it('leaves the tags alone when a class file is imported without its define file', async () => {
    await import('../../src/ui/alert/alert.js');
    expect(customElements.get('habil-alert')).to.equal(undefined);
    const { HabilAlert } = await import('../../src/ui/alert/define.js');
    expect(customElements.get('habil-alert')).to.equal(HabilAlert);
  });
});
