import { expect } from '@open-wc/testing';
import { startReferenceServer, type RunningReferenceServer } from '../../mocks/browser.js';

let running: RunningReferenceServer;
before(async () => {
  running = await startReferenceServer({ now: '2025-06-02T10:00:00+02:00' });
});
after(() => running.stop());

describe('reference server smoke', () => {
  it('answers who I am', async () => {
    const res = await fetch('/api/me');
    expect(res.status).to.equal(200);
    const me = await res.json();
    expect(me.account.nom).to.equal('BENGA');
    expect(me.roles).to.include('local-admin');
  });
  it('searches my organisme', async () => {
    const res = await fetch('/api/accounts?nom=dona&pageSize=5');
    const page = await res.json();
    expect(page.total).to.equal(1);
    expect(page.items[0].organismeName).to.equal('CARSAT ALSACE-MOSELLE');
  });
});
