/**
 * What « Mes coordonnées » shows, read together: my details (`GET /me/profile`, with the
 * version a change sends back, R15) and the organismes an organisme secondaire is chosen from
 * (`GET /organismes`: those of the UCANSS portal, by name). After a save, or a stale write read
 * again, the details the server answered take the place of those read.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { MyProfile, Organisme } from '../domain/index.js';

interface Loaded {
  profile: MyProfile;
  organismes: Organisme[];
}

export class ProfileDataController {
  private readonly task: Task<[HabilClient], Loaded>;
  /** The details the server answered since, for the reading they follow. */
  private newer: { of: Loaded; profile: MyProfile } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    api: () => HabilClient,
  ) {
    this.task = new Task(host, {
      task: async ([client], { signal }) => {
        const [profile, organismes] = await Promise.all([client.call('getMyProfile', {}, { signal }), client.call('listOrganismes', {}, { signal })]);
        return { profile, organismes: organismes.filter((o) => o.space === 'ucanss').sort((a, b) => a.name.localeCompare(b.name, 'fr')) };
      },
      args: () => [api()] as [HabilClient],
    });
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.INITIAL || this.task.status === TaskStatus.PENDING;
  }

  /** Why reading failed, when it did. */
  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? (this.task.error ?? new Error('unknown')) : undefined;
  }

  get profile(): MyProfile | undefined {
    const loaded = this.task.value;
    if (!loaded || this.task.status !== TaskStatus.COMPLETE) return undefined;
    return this.newer?.of === loaded ? this.newer.profile : loaded.profile;
  }

  /** The organismes one may give as organisme secondaire: every one of the portal but mine. */
  get secondaryChoices(): Organisme[] {
    const profile = this.profile;
    return (this.task.value?.organismes ?? []).filter((o) => o.id !== profile?.organismeId);
  }

  /** The details as the server has them now (after a save, or read again after a stale write). */
  replace(profile: MyProfile): void {
    const loaded = this.task.value;
    if (!loaded) return;
    this.newer = { of: loaded, profile };
    this.host.requestUpdate();
  }

  /** Reads everything again (« Réessayer »). */
  reload(): void {
    void this.task.run();
  }
}
