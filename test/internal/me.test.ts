/**
 * Who is connected is read once for a page: widgets that share a client share one `GET /me`,
 * follow it when one of them learns it changed, and a widget that comes later asks again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { HabilDelegation } from '../../src/delegation/define.js';
import { useReferenceServer } from '../support/api.js';
import { confirm } from '../support/dialogs.js';
import { shadow } from '../support/dom.js';
import { recordingClient } from '../support/recording-client.js';
import { dataRows, tableReady } from '../support/table.js';
import { alertText, announced } from '../support/speech.js';
import { settled } from '../delegation/support.js';
import { waitUntil } from '../support/wait.js';

const server = useReferenceServer();

/** What the account search says above its results (its refusal, once the person may not search). */
const searchAlert = (el: Element) => alertText(shadow(el).querySelector('[part="search-alert"]'));
const FORBIDDEN = 'Recherche de comptes non autorisée';
const meCalls = (calls: { name: string }[]) => calls.filter((call) => call.name === 'getMe').length;

async function page(client: ReturnType<typeof recordingClient>['client']) {
  const root = await fixture<HTMLElement>(html`
    <habil-provider .client=${client}>
      <habil-delegation></habil-delegation>
      <habil-account-search></habil-account-search>
      <habil-pending-requests></habil-pending-requests>
    </habil-provider>
  `);
  const [delegation, search, requests] = ['habil-delegation', 'habil-account-search', 'habil-pending-requests'].map((tag) => root.querySelector(tag)!);
  await waitUntil(() => shadow(delegation).querySelector('habil-data-table') && shadow(search).querySelector('habil-data-table') && shadow(requests).querySelector('[role="tab"]'), 'the widgets never showed');
  await settled(delegation as HabilDelegation);
  // The account search has its first results (not only its table, drawn while it loads).
  await waitUntil(() => tableReady(search) && dataRows(shadow(search).querySelector('habil-data-table')!).length > 0, 'the account search never showed its results');
  return { root, delegation: delegation as HabilDelegation, search, requests };
}

describe('GET /me, read once for the page', () => {
  it('is asked once by the widgets that share a client, each showing what the person may do', async () => {
    const { client, calls } = recordingClient();
    const { search, requests } = await page(client);
    expect(meCalls(calls)).to.equal(1);
    expect(searchAlert(search)).to.equal('');
    expect(shadow(search).querySelector('habil-data-table')).not.to.equal(null);
    expect(shadow(requests).querySelectorAll('[role="tab"]').length).to.be.greaterThan(0);
  });

  it('is read again for every widget once the person revoked his own delegation: the account search beside it stops', async () => {
    const { client, calls } = recordingClient();
    const { delegation, search } = await page(client);
    shadow(shadow(delegation).querySelector('habil-data-table')!).querySelector<HTMLButtonElement>('[data-account-id="e-benga"]')!.click();
    await confirm(delegation);
    await announced(delegation, "Émilie BENGA n'est plus administrateur local de CARSAT ALSACE-MOSELLE.");
    await waitUntil(() => searchAlert(search).startsWith(FORBIDDEN), 'the account search kept the old rights');
    expect(meCalls(calls)).to.equal(2);
  });

  it('is asked again by a widget that comes later, even beside the first ones: another person may have signed in', async () => {
    const { client, calls } = recordingClient();
    const first = await page(client);
    server().actAs('user-carsat');
    const later = document.createElement('habil-account-search');
    first.root.append(later);
    await waitUntil(() => searchAlert(later).startsWith(FORBIDDEN), 'the later widget was handed the previous person’s rights');
    expect(meCalls(calls)).to.equal(2);
    expect(searchAlert(first.search)).to.equal('');
  });

  it('is not handed to the widgets that come next once nobody waits for it: a request never answered blocks no one', async () => {
    let first = true;
    const { client, calls } = recordingClient((name) => {
      if (name !== 'getMe' || !first) return undefined;
      first = false;
      return new Promise(() => undefined);
    });
    const stuck = await fixture<HTMLElement>(html`<habil-provider .client=${client}><habil-account-search></habil-account-search></habil-provider>`);
    await waitUntil(() => meCalls(calls) === 1, 'the first widget never asked');
    stuck.remove();
    const again = await fixture<HTMLElement>(html`<habil-provider .client=${client}><habil-account-search></habil-account-search></habil-provider>`);
    const search = again.querySelector('habil-account-search')!;
    await waitUntil(() => shadow(search).querySelector('habil-data-table'), 'the next widget waited for the request nobody answers');
    expect(meCalls(calls)).to.equal(2);
  });

  it('is not kept when it failed: « Réessayer » asks the server again', async () => {
    let failures = 1;
    const { client, calls } = recordingClient((name) => (name === 'getMe' && failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch')) : undefined));
    const root = await fixture<HTMLElement>(html`<habil-provider .client=${client}><habil-pending-requests></habil-pending-requests></habil-provider>`);
    const requests = root.querySelector('habil-pending-requests')!;
    const retry = () => shadow(requests).querySelector('habil-alert.filled')?.shadowRoot?.querySelector<HTMLButtonElement>('[part="retry-button"]');
    await waitUntil(() => retry(), 'the failure never showed « Réessayer »');
    retry()!.click();
    await waitUntil(() => shadow(requests).querySelector('[role="tab"]'), 'the retry never showed the requests');
    expect(meCalls(calls)).to.equal(2);
  });
});
