/**
 * The records the rules work on, whatever stores them: the in-memory store of the reference
 * server (mocks/store.ts) and the tables of habil-server (server/migrations) hold the same.
 */
import type { AccountStatus, AddProfile, Civilite, GrantSource, RequestStatus, Space, Workstyle } from '../src/domain/index.js';

export interface AccountRecord {
  id: string;
  identifier: string;
  civilite?: Civilite;
  nom: string;
  prenom: string;
  nomNaissance?: string;
  emailPro: string;
  emailContact?: string;
  phone?: string;
  fonction?: string;
  organismeId: string;
  secondaryOrganismeId?: string;
  add: boolean;
  addProfile?: AddProfile;
  status: AccountStatus;
  space: Space;
  conventionId?: string;
  workstyle?: Workstyle;
  openingDate?: string;
  closingDate?: string;
  createdAt: string;
  createdBy?: string;
  version: number;
  /** Lower-case, accent-free "nom prenom" for searching and sorting. */
  sortKey: string;
  /** Lower-case, accent-free prénom, for the prénom filter. */
  prenomKey: string;
  /** Roles held directly (UCANSS; Afas profiles on CAF), by role id. */
  grants: Map<string, GrantRecord>;
}

export interface GrantRecord {
  roleId: string;
  source: GrantSource;
  grantedAt: string;
}

export interface AccessRequestRecord {
  id: string;
  requesterId: string;
  roleId: string;
  approval: 'local' | 'central';
  requestedAt: string;
  status: RequestStatus;
  decidedBy?: string;
  decidedAt?: string;
  reason?: string;
  version: number;
}

export interface AccountRequestRecord {
  id: string;
  civilite: Civilite;
  nom: string;
  prenom: string;
  emailPro: string;
  external: boolean;
  organismeId: string;
  requestedAt: string;
  routedTo: 'local' | 'central';
  status: RequestStatus;
  decidedBy?: string;
  decidedAt?: string;
  reason?: string;
  accountId?: string;
  version: number;
}

export interface GroupRecord {
  id: string;
  conventionId: string;
  code: string;
  label: string;
  level: number;
  parentId?: string;
  openingDate: string;
  closingDate?: string;
  responsableId: string;
  roleIds: string[];
  version: number;
}

export interface MembershipRecord {
  groupId: string;
  accountId: string;
  openingDate: string;
  closingDate?: string;
  version: number;
}

export interface LocalAdminRecord {
  accountId: string;
  organismeId: string;
  director: boolean;
  since: string;
  /** Who named him; absent for a director, local administrator by default. */
  namedBy?: string;
}

export interface PartnerAdminRecord {
  accountId: string;
  partnerId: string;
  since: string;
}

