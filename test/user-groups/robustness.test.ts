/**
 * `<habil-user-groups>` against a server it did not write: a list of users that never ends,
 * groups that sit under themselves or under each other. The widget ends its loading, shows
 * every group once and says what it could not read.
 */
import { expect, html } from '@open-wc/testing';
import type { AccountSummary, Group } from '../../src/domain/index.js';
import { useReferenceServer } from '../support/api.js';
import { alertsText, confirmationText, groupRow, listTable, recordingClient, render, rowButton, rows, shadow, text, waitForText } from './support.js';

useReferenceServer({ persona: 'partner-admin' });

const codes = (table: Element) => rows(listTable(table as never)).map((row) => text(row.querySelector('th')).replace(/^↳ /, ''));

describe('habil-user-groups: a server it did not write', () => {
  it('stops reading users at 2,000 when the server keeps announcing more, and says so', async () => {
    const { client, calls } = recordingClient((name, args, send) => {
      if (name !== 'searchAccounts' || !args.query?.conventionId) return undefined;
      return send().then((answer) => {
        const [model] = (answer as { items: AccountSummary[] }).items;
        const page = Number(args.query.page);
        const items = Array.from({ length: Number(args.query.pageSize) }, (_, i) => ({ ...model!, id: `generated-${page}-${i}` }));
        return { ...(answer as object), items, total: 123_456_789 };
      });
    });
    const el = await render(html`<habil-user-groups .client=${client}></habil-user-groups>`);

    await waitForText(el, 'Seuls les');
    // The numbers are written the French way; text() reads their narrow spaces as spaces.
    expect(text(shadow(el).querySelector('[part="users-cut"]'))).to.equal(
      'Seuls les 2 000 premiers utilisateurs de la convention sont proposés dans les listes : le serveur en annonce 123 456 789.',
    );
    expect(calls.filter((call) => call.name === 'searchAccounts' && call.args.query?.conventionId)).to.have.length(4);
    expect(rows(listTable(el)).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('reads a short page as the end of the users, whatever total the server announces', async () => {
    const { client, calls } = recordingClient((name, args, send) => {
      if (name !== 'searchAccounts' || !args.query?.conventionId) return undefined;
      return send().then((answer) => ({ ...(answer as object), total: 987_654 }));
    });
    const el = await render(html`<habil-user-groups .client=${client}></habil-user-groups>`);

    expect(calls.filter((call) => call.name === 'searchAccounts' && call.args.query?.conventionId)).to.have.length(1);
    expect(alertsText(el)).not.to.include('Seuls les');
  });

  it('lists once each group sent under itself or in a loop with another, and can still close them', async () => {
    let listed: Group[] = [];
    const { client } = recordingClient((name, _args, send) => {
      if (name !== 'listGroups') return undefined;
      return send().then((answer) => {
        const groups = (answer as Group[]).map((group) => ({ ...group }));
        const [first, second, third] = groups;
        first!.parentId = first!.id;
        second!.parentId = third!.id;
        third!.parentId = second!.id;
        listed = groups;
        return groups;
      });
    });
    const el = await render(html`<habil-user-groups .client=${client}></habil-user-groups>`);

    const shown = codes(el);
    expect([...shown].sort()).to.deep.equal(listed.map((group) => group.code).sort());
    expect(new Set(shown).size).to.equal(shown.length);
    expect(groupRow(el, listed[0]!.code)).to.exist;
    await expect(el).to.be.accessible();

    // Closing a group of the loop names the other one among the sub-groups closing with it.
    const [, second, third] = listed;
    rowButton(el, second!.code, 'close')!.click();
    const { message } = await confirmationText(el);
    expect(message).to.include(third!.code);
  });
});
