/**
 * The account search walks orders kept by the store and takes name prefixes as ranges:
 * these tests hold it to what a plain filter-and-sort over every page would give.
 */
import { expect } from '@open-wc/testing';
import type { AccountPage, AccountSummary } from '../../src/domain/index.js';
import { api, expectOk, expectProblem, useReferenceServer } from '../support/api.js';

const server = useReferenceServer({ generatedAccounts: 400, persona: 'admin-ucanss' });

async function everyPage(query: string): Promise<{ items: AccountSummary[]; total: number }> {
  const items: AccountSummary[] = [];
  for (let page = 1; ; page += 1) {
    const res = expectOk(await api<AccountPage>('GET', `/accounts?${query}&page=${page}&pageSize=100`));
    items.push(...res.items);
    if (items.length >= res.total || res.items.length === 0) return { items, total: res.total };
  }
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const nameKey = (a: AccountSummary) => fold(`${a.nom} ${a.prenom}`);

describe('account search order and ranges', () => {
  it('returns every account of the scope once, in name order, with the right total', async () => {
    const { items, total } = await everyPage('');
    const ucanssAccounts = [...server().store.accounts.values()].filter((a) => a.space === 'ucanss');
    expect(total).to.equal(ucanssAccounts.length);
    expect(new Set(items.map((a) => a.id)).size).to.equal(total);
    const keys = items.map(nameKey);
    expect(keys).to.deep.equal([...keys].sort());
  });

  it('reverses the order with a leading minus', async () => {
    const ascending = (await everyPage('nom=b')).items.map((a) => a.id);
    const descending = (await everyPage('nom=b&sort=-nom')).items.map((a) => a.id);
    expect(ascending.length).to.be.greaterThan(5);
    expect(descending).to.deep.equal([...ascending].reverse());
  });

  it('finds exactly the names that start with the prefix, accents and case ignored', async () => {
    const { items, total } = await everyPage('nom=LE');
    const expected = [...server().store.accounts.values()].filter((a) => a.space === 'ucanss' && fold(a.nom).startsWith('le'));
    expect(total).to.equal(expected.length);
    expect(items.map((a) => a.id).sort()).to.deep.equal(expected.map((a) => a.id).sort());
    expect(items.every((a) => fold(a.nom).startsWith('le'))).to.equal(true);
  });

  it('sorts by organisme, then by name within each organisme', async () => {
    const { items } = await everyPage('sort=organismeName&active=true');
    const keys = items.map((a) => `${a.organismeName} ${nameKey(a)}`);
    expect(keys).to.deep.equal([...keys].sort());
    expect(items.every((a) => a.status === 'actif')).to.equal(true);
  });

  it('keeps a local administrator in his organisme whatever the order', async () => {
    server().actAs('admin-carsat');
    for (const sort of ['nom', '-emailPro', 'status', 'prenom']) {
      const { items } = await everyPage(`sort=${sort}`);
      expect(items.length).to.be.greaterThan(10);
      expect(items.every((a) => a.organismeName === 'CARSAT ALSACE-MOSELLE'), sort).to.equal(true);
    }
  });

  it('refuses a sort field the contract does not know', async () => {
    expectProblem(await api('GET', '/accounts?sort=motDePasse'), 400, 'invalid-request');
  });
});
