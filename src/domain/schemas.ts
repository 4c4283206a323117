/**
 * The shapes exchanged between the widgets and the server, written once as JSON Schema
 * (TypeBox): the TypeScript types are inferred from them, the reference server validates
 * request bodies with them, and the OpenAPI document is assembled from them.
 *
 * Longer than the kit's other modules on purpose: the shapes build on one another (a detail on
 * its summary, a page on its items, a body on the fields it shares), and one file lets a reader
 * see the contract's whole vocabulary in order. Each declaration is small and stands alone.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { MULTILINE_TEXT_PATTERN as REASON_PATTERN, PHONE_PATTERN, SAFE_TEXT_PATTERN, TEXT_LIMITS } from './text.js';
import { PHONE_MAX_LENGTH } from './rules.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Optional(schema);
const IsoDate = (description?: string) =>
  Type.String({ format: 'date', examples: ['2025-05-28'], ...(description ? { description } : {}) });

/** R17: free text of a request, at most `max` characters, no control or invisible formatting characters. */
const Text = (max: number, options: { description?: string; minLength?: number } = {}) =>
  Type.String({ maxLength: max, pattern: SAFE_TEXT_PATTERN, ...options });
const Name = () => Text(TEXT_LIMITS.name);
const Email = (description?: string) => Text(TEXT_LIMITS.email, description ? { description } : {});
const Phone = () => Type.String({ pattern: PHONE_PATTERN, description: 'Digits, with single spaces, dots or hyphens between them; an optional leading +.' });
const Id = (description?: string) => Text(TEXT_LIMITS.id, description ? { description } : {});
const SearchText = (description?: string) => Text(TEXT_LIMITS.search, description ? { description } : {});
const IsoDateTime = (description?: string) =>
  Type.String({ format: 'date-time', ...(description ? { description } : {}) });
const Enum = <const T extends readonly string[]>(values: T, options: { $id?: string; description?: string } = {}) =>
  Type.Union(values.map((value) => Type.Literal(value)) as never, options) as unknown as TSchema & {
    static: T[number];
  };

// ---- enumerations ----------------------------------------------------------------------

export const SPACES = ['ucanss', 'caf'] as const;
export const Space = Enum(SPACES, {
  $id: 'Space',
  description: 'ucanss: the UCANSS portal of the organismes; caf: CAF "Mon Compte Partenaire".',
});

export const ACCOUNT_STATUSES = ['actif', 'inactif', 'supprime', 'ouvert', 'cloture'] as const;
export const AccountStatus = Enum(ACCOUNT_STATUSES, {
  $id: 'AccountStatus',
  description: 'actif / inactif / supprime on UCANSS; ouvert / cloture on CAF.',
});

export const APPROVAL_MODES = ['libre', 'local', 'central', 'procedure', 'convention'] as const;
export const ApprovalMode = Enum(APPROVAL_MODES, {
  $id: 'ApprovalMode',
  description:
    'libre: open to all; local: approved by the local administrators of the requester; central: approved by UCANSS administrators; procedure: another procedure (text and contact); convention: CAF service granted through user groups.',
});

export const REQUEST_STATUSES = ['en_attente', 'acceptee', 'refusee', 'acceptee_tacitement'] as const;
export const RequestStatus = Enum(REQUEST_STATUSES, { $id: 'RequestStatus' });

export const GROUP_STATUSES = ['ouvert', 'cloture'] as const;
export const GroupStatus = Enum(GROUP_STATUSES, { $id: 'GroupStatus' });

export const PERSONA_ROLES = ['local-admin', 'ucanss-admin', 'partner-admin', 'responsable', 'caf-agent', 'user'] as const;
export const PersonaRole = Enum(PERSONA_ROLES, { $id: 'PersonaRole' });

export const ACCOUNT_ACTIONS = [
  'view',
  'edit',
  'deactivate',
  'reactivate',
  'attach',
  'grant',
  'revoke',
  'history',
  'resend-identifier',
] as const;
export const AccountAction = Enum(ACCOUNT_ACTIONS, { $id: 'AccountAction' });

export const REQUEST_ACTIONS = ['accept', 'refuse'] as const;
export const RequestAction = Enum(REQUEST_ACTIONS, { $id: 'RequestAction' });

export const GROUP_ACTIONS = ['edit', 'close', 'assign-role', 'remove-role', 'add-member', 'edit-member', 'remove-member', 'create-subgroup'] as const;
export const GroupAction = Enum(GROUP_ACTIONS, { $id: 'GroupAction' });

export const ME_ACTIONS = [
  'search-accounts',
  'create-account',
  'decide-requests',
  'decide-account-requests',
  'manage-delegation',
  'read-all-local-admins',
  'manage-groups',
  'manage-group-members',
  'manage-partner-admins',
  'request-access',
  'entitlements-report',
] as const;
export const MeAction = Enum(ME_ACTIONS, { $id: 'MeAction' });

export const DEACTIVATION_MODES = ['temporary', 'permanent'] as const;
export const DeactivationMode = Enum(DEACTIVATION_MODES, { $id: 'DeactivationMode' });

export const ADD_PROFILES = ['directeur', 'autre'] as const;
export const AddProfile = Enum(ADD_PROFILES, {
  $id: 'AddProfile',
  description: 'directeur: "Directeurs et assimilés"; autre: "Autres ADD et assimilés".',
});

export const WORKSTYLES = ['sedentaire', 'itinerant'] as const;
export const Workstyle = Enum(WORKSTYLES, { $id: 'Workstyle' });

export const CIVILITES = ['M.', 'Mme'] as const;
export const Civilite = Enum(CIVILITES, { $id: 'Civilite' });

export const DECISIONS = ['accept', 'refuse'] as const;
export const Decision = Enum(DECISIONS, { $id: 'Decision' });

export const GRANT_SOURCES = ['direct', 'groupe', 'tacite', 'defaut-add'] as const;
export const GrantSource = Enum(GRANT_SOURCES, { $id: 'GrantSource' });

// ---- reference data ---------------------------------------------------------------------

export const Organisme = Type.Object(
  {
    id: Type.String(),
    code: Type.String({ description: 'Code organisme (6 digits), or partner code on CAF.' }),
    name: Type.String({ examples: ['CARSAT ALSACE-MOSELLE'] }),
    longName: Type.String(),
    branches: Type.Array(Type.String()),
    space: Space,
    hasLocalAdmin: Type.Boolean(),
  },
  { $id: 'Organisme' },
);

export const Role = Type.Object(
  {
    id: Type.String(),
    label: Type.String({ examples: ['Annuaire ADD - Lecteur'] }),
    applicationId: Type.String(),
  },
  { $id: 'Role' },
);

export const Application = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    theme: Type.String({ description: 'In the language of the request (Accept-Language), as are description, targetPublic and procedure.text.' }),
    description: Type.String(),
    targetPublic: Type.String(),
    approval: ApprovalMode,
    space: Space,
    procedure: Nullable(Type.Object({ text: Type.String(), contact: Type.String() })),
    roles: Type.Array(Role),
  },
  { $id: 'Application' },
);

export const ConventionService = Type.Object(
  { applicationId: Type.String(), name: Type.String(), roles: Type.Array(Role) },
  { $id: 'ConventionService' },
);

export const Convention = Type.Object(
  {
    id: Type.String(),
    label: Type.String(),
    partnerId: Type.String(),
    partnerName: Type.String(),
    services: Type.Array(ConventionService),
  },
  { $id: 'Convention' },
);

// ---- people -----------------------------------------------------------------------------

export const PersonRef = Type.Object(
  { id: Type.String(), name: Type.String({ description: 'Prénom Nom as shown to users.' }) },
  { $id: 'PersonRef' },
);

export const AccountSummary = Type.Object(
  {
    id: Type.String(),
    identifier: Type.String({ description: 'Login: the professional e-mail on UCANSS, a generated id (e.g. AAA2930CAU) on CAF.' }),
    civilite: Nullable(Civilite),
    nom: Type.String(),
    prenom: Type.String(),
    emailPro: Type.String({ format: 'email' }),
    phone: Nullable(Type.String()),
    fonction: Nullable(Type.String()),
    organismeId: Type.String(),
    organismeName: Type.String(),
    branches: Type.Array(Type.String()),
    add: Type.Boolean({ description: 'Agent de Direction: managed by the ADD reference system (R2).' }),
    status: AccountStatus,
    space: Space,
    conventionId: Nullable(Type.String()),
    workstyle: Nullable(Workstyle),
    openingDate: Nullable(IsoDate()),
    closingDate: Nullable(IsoDate()),
    version: Type.Integer({ description: 'Changes on every write; sent back as If-Match (R15).' }),
    actions: Type.Array(AccountAction, { description: 'What the acting person may do on this account.' }),
    readOnlyReason: Nullable(Type.String({ description: 'Problem code explaining why the account cannot be changed (e.g. add-account-read-only).' })),
  },
  { $id: 'AccountSummary' },
);

export const Grant = Type.Object(
  {
    roleId: Type.String(),
    roleLabel: Type.String(),
    applicationId: Type.String(),
    applicationName: Type.String(),
    source: GrantSource,
    groupId: Nullable(Type.String()),
    groupCode: Nullable(Type.String()),
    grantedAt: IsoDateTime(),
    removable: Type.Boolean({ description: 'The acting person may remove this grant.' }),
  },
  { $id: 'Grant' },
);

export const MembershipOfAccount = Type.Object(
  {
    groupId: Type.String(),
    groupCode: Type.String(),
    groupLabel: Type.String(),
    openingDate: IsoDate(),
    closingDate: Nullable(IsoDate()),
  },
  { $id: 'MembershipOfAccount' },
);

export const AccountDetail = Type.Composite(
  [
    AccountSummary,
    Type.Object({
      nomNaissance: Nullable(Type.String()),
      emailContact: Nullable(Type.String({ format: 'email' })),
      secondaryOrganismeId: Nullable(Type.String()),
      addProfile: Nullable(AddProfile),
      createdAt: IsoDateTime(),
      grants: Type.Array(Grant),
      grantableRoleIds: Type.Array(Type.String(), {
        description: 'The roles the acting person may give this account now (R3, R12, R13, R16), from the same check the grant endpoint makes.',
      }),
      memberships: Type.Array(MembershipOfAccount),
    }),
  ],
  { $id: 'AccountDetail' },
);

export const AccountDraft = Type.Object(
  {
    civilite: Civilite,
    nom: Name(),
    prenom: Name(),
    emailPro: Email('Professional e-mail: the identifier on UCANSS.'),
    nomNaissance: Type.Optional(Name()),
    emailContact: Type.Optional(Email()),
    phone: Type.Optional(Phone()),
    fonction: Type.Optional(Text(TEXT_LIMITS.fonction)),
    roleIds: Type.Optional(Type.Array(Id(), { maxItems: 200, description: 'Roles granted at creation (R7), checked as a grant would be (R16).' })),
    conventionId: Type.Optional(Id('CAF: the convention the partner user is created under.')),
    workstyle: Type.Optional(Workstyle),
    openingDate: Type.Optional(IsoDate()),
    closingDate: Type.Optional(IsoDate()),
  },
  { $id: 'AccountDraft', additionalProperties: false },
);

export const AccountPatch = Type.Partial(
  Type.Object({
    civilite: Civilite,
    nom: Name(),
    prenom: Name(),
    nomNaissance: Name(),
    emailContact: Email(),
    phone: Phone(),
    fonction: Text(TEXT_LIMITS.fonction),
    workstyle: Workstyle,
    openingDate: IsoDate(),
    closingDate: IsoDate(),
  }),
  {
    $id: 'AccountPatch',
    additionalProperties: false,
    description: 'workstyle, openingDate and closingDate apply to CAF accounts only (validation-failed, not-applicable, on a UCANSS account).',
  },
);

export const Deactivation = Type.Object(
  {
    mode: DeactivationMode,
    closingDate: Type.Optional(IsoDate('CAF: the closing date (not in the past, R6). Defaults to today.')),
  },
  { $id: 'Deactivation', additionalProperties: false },
);

export const GrantRequest = Type.Object({ roleId: Id() }, { $id: 'GrantRequest', additionalProperties: false });

export const BULK_ACCOUNT_ACTIONS = ['deactivate', 'reactivate', 'grant', 'revoke', 'resend-identifier'] as const;
export const BulkAccountAction = Enum(BULK_ACCOUNT_ACTIONS, { $id: 'BulkAccountAction' });

export const BulkAccountRequest = Type.Object(
  {
    action: BulkAccountAction,
    accountIds: Type.Array(Id(), { minItems: 1, maxItems: 500 }),
    roleId: Type.Optional(Id()),
    mode: Type.Optional(DeactivationMode),
  },
  { $id: 'BulkAccountRequest', additionalProperties: false },
);

// ---- errors -----------------------------------------------------------------------------

export const FieldError = Type.Object(
  {
    field: Type.String({ description: 'The name of the field in the request body.' }),
    code: Type.String({ description: 'A stable code, e.g. required, email, duplicate-email.' }),
    message: Type.String({ description: "The code's words, in the language of the request (Accept-Language)." }),
  },
  { $id: 'FieldError' },
);

export const Problem = Type.Object(
  {
    type: Type.String({ format: 'uri-reference', description: 'A stable URI per rule, e.g. /problems/add-account-read-only.' }),
    title: Type.String({ description: "The rule's words in French, the same for every request." }),
    status: Type.Integer(),
    detail: Type.Optional(Type.String({ description: 'What this refusal adds to its rule (whose account, which group…), in the language of the request (Accept-Language).' })),
    instance: Type.Optional(Type.String()),
    code: Type.String({ description: 'The last segment of type, for switch statements.' }),
    rule: Type.Optional(Type.String({ description: 'The rule of the specification (R1…R15).' })),
    errors: Type.Optional(Type.Array(FieldError)),
    decidedBy: Type.Optional(PersonRef),
    decidedAt: Type.Optional(IsoDateTime()),
    decision: Type.Optional(RequestStatus),
    currentVersion: Type.Optional(Type.Integer()),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details.' },
);

export const BulkItemResult = Type.Object(
  {
    id: Type.String(),
    ok: Type.Boolean(),
    problem: Type.Optional(Problem),
  },
  { $id: 'BulkItemResult' },
);

export const BulkResult = Type.Object(
  {
    succeeded: Type.Integer(),
    failed: Type.Integer(),
    results: Type.Array(BulkItemResult),
  },
  { $id: 'BulkResult' },
);

// ---- history ----------------------------------------------------------------------------

export const HistoryEntry = Type.Object(
  {
    id: Type.String(),
    at: IsoDateTime(),
    actor: PersonRef,
    action: Type.String({ description: 'e.g. account.created, grant.added, account.attached.' }),
    targetType: Enum(['account', 'grant', 'group', 'membership', 'delegation', 'request'] as const),
    targetId: Type.String(),
    accountId: Type.Optional(Type.String()),
    summary: Type.String({ description: 'One line describing the change, written when it was made, in the language of the request (Accept-Language).' }),
    before: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    after: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: 'HistoryEntry' },
);

// ---- requests ---------------------------------------------------------------------------

export const Requester = Type.Object(
  {
    id: Type.String(),
    nom: Type.String(),
    prenom: Type.String(),
    emailPro: Type.String(),
    fonction: Nullable(Type.String()),
    organismeId: Type.String(),
    organismeName: Type.String(),
    organismeLongName: Type.String(),
  },
  { $id: 'Requester' },
);

export const AccessRequest = Type.Object(
  {
    id: Type.String(),
    requester: Requester,
    roleId: Type.String(),
    roleLabel: Type.String(),
    applicationId: Type.String(),
    applicationName: Type.String(),
    approval: Enum(['local', 'central'] as const),
    requestedAt: IsoDateTime(),
    deadline: IsoDate('Last day before tacit acceptance (R4).'),
    status: RequestStatus,
    decidedBy: Nullable(PersonRef),
    decidedAt: Nullable(IsoDateTime()),
    reason: Nullable(Type.String()),
    version: Type.Integer(),
    actions: Type.Array(RequestAction),
  },
  { $id: 'AccessRequest' },
);

export const NewAccessRequest = Type.Object(
  { roleId: Id() },
  { $id: 'NewAccessRequest', additionalProperties: false },
);

export const DecisionBody = Type.Object(
  {
    decision: Decision,
    reason: Type.Optional(Type.String({ maxLength: TEXT_LIMITS.reason, description: 'Line breaks are kept; other control characters are refused.', pattern: REASON_PATTERN })),
  },
  { $id: 'DecisionBody', additionalProperties: false },
);

export const BulkDecisionBody = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        { id: Id(), decision: Decision, reason: Type.Optional(Type.String({ maxLength: TEXT_LIMITS.reason, pattern: REASON_PATTERN })) },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 500 },
    ),
  },
  { $id: 'BulkDecisionBody', additionalProperties: false },
);

export const AccountRequest = Type.Object(
  {
    id: Type.String(),
    civilite: Civilite,
    nom: Type.String(),
    prenom: Type.String(),
    emailPro: Type.String(),
    external: Type.Boolean({ description: 'The person said he does not work for the institution (R8).' }),
    organismeId: Type.String(),
    organismeName: Type.String(),
    requestedAt: IsoDateTime(),
    routedTo: Enum(['local', 'central'] as const, { description: 'R3: local administrators, or UCANSS when the organisme has none.' }),
    status: RequestStatus,
    decidedBy: Nullable(PersonRef),
    decidedAt: Nullable(IsoDateTime()),
    reason: Nullable(Type.String()),
    accountId: Nullable(Type.String()),
    version: Type.Integer(),
    actions: Type.Array(RequestAction),
  },
  { $id: 'AccountRequest' },
);

export const SignupBody = Type.Object(
  {
    civilite: Civilite,
    nom: Name(),
    prenom: Name(),
    emailPro: Email(),
    worksForInstitution: Type.Boolean({ description: '"Je travaille à la Sécu ?" (R8).' }),
    organismeId: Id(),
    acceptsTerms: Type.Boolean(),
  },
  { $id: 'SignupBody', additionalProperties: false },
);

// ---- groups (CAF) -----------------------------------------------------------------------

export const Group = Type.Object(
  {
    id: Type.String(),
    conventionId: Type.String(),
    code: Type.String(),
    label: Type.String(),
    level: Type.Integer({ minimum: 1 }),
    parentId: Nullable(Type.String()),
    parentCode: Nullable(Type.String()),
    openingDate: IsoDate(),
    closingDate: Nullable(IsoDate()),
    status: GroupStatus,
    responsable: PersonRef,
    roleIds: Type.Array(Type.String()),
    memberCount: Type.Integer(),
    version: Type.Integer(),
    actions: Type.Array(GroupAction),
  },
  { $id: 'Group' },
);

export const GroupDraft = Type.Object(
  {
    code: Text(TEXT_LIMITS.code),
    label: Text(TEXT_LIMITS.label),
    responsableId: Id(),
    parentId: Type.Optional(Id()),
    openingDate: Type.Optional(IsoDate()),
    closingDate: Type.Optional(IsoDate()),
  },
  { $id: 'GroupDraft', additionalProperties: false },
);

export const GroupPatch = Type.Partial(
  Type.Object({
    label: Text(TEXT_LIMITS.label),
    responsableId: Id(),
    openingDate: IsoDate(),
    closingDate: IsoDate(),
  }),
  { $id: 'GroupPatch', additionalProperties: false },
);

export const Membership = Type.Object(
  {
    groupId: Type.String(),
    accountId: Type.String(),
    identifier: Type.String(),
    civilite: Nullable(Civilite),
    nom: Type.String(),
    prenom: Type.String(),
    openingDate: IsoDate(),
    closingDate: Nullable(IsoDate()),
    version: Type.Integer(),
  },
  { $id: 'Membership' },
);

export const MembershipDraft = Type.Object(
  { accountId: Id(), openingDate: Type.Optional(IsoDate()), closingDate: Type.Optional(IsoDate()) },
  { $id: 'MembershipDraft', additionalProperties: false },
);

export const MembershipPatch = Type.Object(
  { openingDate: Type.Optional(IsoDate()), closingDate: Type.Optional(IsoDate()) },
  { $id: 'MembershipPatch', additionalProperties: false },
);

// ---- delegation -------------------------------------------------------------------------

export const LocalAdmin = Type.Object(
  {
    accountId: Type.String(),
    nom: Type.String(),
    prenom: Type.String(),
    emailPro: Type.String(),
    phone: Nullable(Type.String()),
    organismeId: Type.String(),
    organismeName: Type.String(),
    director: Type.Boolean({ description: 'Local administrator by default as director of the organisme.' }),
    since: IsoDate(),
    namedBy: Nullable(PersonRef),
    actions: Type.Array(Enum(['revoke'] as const)),
  },
  { $id: 'LocalAdmin' },
);

export const DelegationBody = Type.Object({ accountId: Id() }, { $id: 'DelegationBody', additionalProperties: false });

export const PartnerAdmin = Type.Object(
  {
    accountId: Type.String(),
    identifier: Type.String(),
    nom: Type.String(),
    prenom: Type.String(),
    emailPro: Type.String(),
    partnerId: Type.String(),
    since: IsoDate(),
    actions: Type.Array(Enum(['revoke'] as const)),
  },
  { $id: 'PartnerAdmin' },
);

// ---- the acting person ------------------------------------------------------------------

export const Me = Type.Object(
  {
    account: AccountSummary,
    roles: Type.Array(PersonaRole),
    organisme: Organisme,
    partnerId: Nullable(Type.String()),
    conventionIds: Type.Array(Type.String()),
    responsableOfGroupIds: Type.Array(Type.String()),
    actions: Type.Array(MeAction),
    grantableRoleIds: Type.Array(Type.String(), {
      description: 'The roles the acting person may give an account he creates (R7, R16); on CAF, those of any of his conventions.',
    }),
    today: IsoDate("The server's date: widgets check dates (R4, R6) against it, not against the browser's clock."),
  },
  { $id: 'Me' },
);

export const PROFILE_READ_ONLY_REASONS = ['add-account-read-only', 'partner-profile-read-only'] as const;

/** « Mes coordonnées » (user's guide §3): my own details, and whether I may change them here. */
export const MyProfile = Type.Object(
  {
    id: Type.String(),
    identifier: Type.String({ description: 'My login: the professional e-mail on UCANSS, a generated id on CAF.' }),
    civilite: Nullable(Civilite),
    nom: Type.String(),
    prenom: Type.String(),
    nomNaissance: Nullable(Type.String()),
    emailPro: Type.String({ format: 'email', description: 'The identifier on UCANSS: not changed here.' }),
    emailContact: Nullable(Type.String({ format: 'email' })),
    phone: Nullable(Type.String()),
    organismeId: Type.String({ description: 'Changed only by an attachment (R9), not here.' }),
    organismeName: Type.String(),
    secondaryOrganismeId: Nullable(Type.String({ description: '"Si vous occupez des fonctions dans un second organisme".' })),
    secondaryOrganismeName: Nullable(Type.String()),
    space: Space,
    add: Type.Boolean({ description: 'Agent de Direction: the Référentiel des ADD keeps these details (R2).' }),
    version: Type.Integer({ description: "The account's version; sent back as If-Match (R15)." }),
    readOnlyReason: Nullable(
      Enum(PROFILE_READ_ONLY_REASONS, {
        description: 'Why I cannot change my details here: an ADD account (the Référentiel des ADD, labdd@ucanss.fr), or a CAF partner user (his partner administrator).',
      }),
    ),
  },
  { $id: 'MyProfile' },
);

export const MyProfilePatch = Type.Partial(
  Type.Object({
    civilite: Civilite,
    nom: Name(),
    prenom: Name(),
    nomNaissance: Name(),
    emailContact: Email('Any domain: where I want to be written to.'),
    phone: Text(PHONE_MAX_LENGTH, {
      description: 'A French number: 0 and 9 digits (03 88 25 26 00), or +33 (+262, +590, +594, +596) and 9 digits, with single spaces, dots or hyphens between them; kept as the guides write it.',
    }),
    secondaryOrganismeId: Id('A UCANSS organisme of GET /organismes, other than mine.'),
  }),
  {
    $id: 'MyProfilePatch',
    additionalProperties: false,
    description: 'The fields I changed. nomNaissance, emailContact, phone or secondaryOrganismeId sent empty removes it; nom and prénom stay.',
  },
);

export const EntitlementRow = Type.Object(
  {
    accountId: Type.String(),
    nom: Type.String(),
    prenom: Type.String(),
    emailPro: Type.String(),
    fonction: Nullable(Type.String()),
    add: Type.Boolean(),
    roles: Type.Array(Type.Object({ roleId: Type.String(), roleLabel: Type.String(), applicationName: Type.String() })),
  },
  { $id: 'EntitlementRow' },
);

export const Page = <T extends TSchema>(item: T, id: string) =>
  Type.Object(
    {
      items: Type.Array(item),
      total: Type.Integer({ description: 'Number of items matching the filters, all pages together.' }),
      page: Type.Integer({ minimum: 1 }),
      pageSize: Type.Integer(),
    },
    { $id: id },
  );

export const AccountPage = Page(AccountSummary, 'AccountPage');
export const AccessRequestPage = Page(AccessRequest, 'AccessRequestPage');
export const AccountRequestPage = Page(AccountRequest, 'AccountRequestPage');
export const EntitlementPage = Page(EntitlementRow, 'EntitlementPage');

// ---- static types -----------------------------------------------------------------------

export type Space = (typeof SPACES)[number];
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export type ApprovalMode = (typeof APPROVAL_MODES)[number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type GroupStatus = (typeof GROUP_STATUSES)[number];
export type PersonaRole = (typeof PERSONA_ROLES)[number];
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];
export type RequestAction = (typeof REQUEST_ACTIONS)[number];
export type GroupAction = (typeof GROUP_ACTIONS)[number];
export type MeAction = (typeof ME_ACTIONS)[number];
export type DeactivationMode = (typeof DEACTIVATION_MODES)[number];
export type AddProfile = (typeof ADD_PROFILES)[number];
export type Workstyle = (typeof WORKSTYLES)[number];
export type Civilite = (typeof CIVILITES)[number];
export type Decision = (typeof DECISIONS)[number];
export type GrantSource = (typeof GRANT_SOURCES)[number];
export type BulkAccountAction = (typeof BULK_ACCOUNT_ACTIONS)[number];

export type Organisme = Static<typeof Organisme>;
export type Role = Static<typeof Role>;
export type Application = Static<typeof Application>;
export type ConventionService = Static<typeof ConventionService>;
export type Convention = Static<typeof Convention>;
export type PersonRef = Static<typeof PersonRef>;
export type AccountSummary = Static<typeof AccountSummary>;
export type Grant = Static<typeof Grant>;
export type MembershipOfAccount = Static<typeof MembershipOfAccount>;
export type AccountDetail = Static<typeof AccountDetail>;
export type AccountDraft = Static<typeof AccountDraft>;
export type AccountPatch = Static<typeof AccountPatch>;
export type Deactivation = Static<typeof Deactivation>;
export type BulkAccountRequest = Static<typeof BulkAccountRequest>;
export type FieldError = Static<typeof FieldError>;
export type Problem = Static<typeof Problem>;
export type BulkItemResult = Static<typeof BulkItemResult>;
export type BulkResult = Static<typeof BulkResult>;
export type HistoryEntry = Static<typeof HistoryEntry>;
export type Requester = Static<typeof Requester>;
export type AccessRequest = Static<typeof AccessRequest>;
export type DecisionBody = Static<typeof DecisionBody>;
export type BulkDecisionBody = Static<typeof BulkDecisionBody>;
export type AccountRequest = Static<typeof AccountRequest>;
export type SignupBody = Static<typeof SignupBody>;
export type Group = Static<typeof Group>;
export type GroupDraft = Static<typeof GroupDraft>;
export type GroupPatch = Static<typeof GroupPatch>;
export type Membership = Static<typeof Membership>;
export type MembershipDraft = Static<typeof MembershipDraft>;
export type MembershipPatch = Static<typeof MembershipPatch>;
export type LocalAdmin = Static<typeof LocalAdmin>;
export type PartnerAdmin = Static<typeof PartnerAdmin>;
export type Me = Static<typeof Me>;
export type MyProfile = Static<typeof MyProfile>;
export type MyProfilePatch = Static<typeof MyProfilePatch>;
export type EntitlementRow = Static<typeof EntitlementRow>;

export type AccountPage = Static<typeof AccountPage>;
export type AccessRequestPage = Static<typeof AccessRequestPage>;
export type AccountRequestPage = Static<typeof AccountRequestPage>;
export type EntitlementPage = Static<typeof EntitlementPage>;

export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

// ---- query strings ----------------------------------------------------------------------

const YesNo = (description: string) => Type.Optional(Type.Boolean({ description }));
const Paging = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 10, description: 'Widgets offer 10, 25, 50 and 100.' })),
};
/** Each field, and each prefixed with - for descending order: an unknown sort is refused, never ignored. */
const sortsOf = <const T extends readonly string[]>(fields: T) => fields.flatMap((f) => [f, `-${f}`] as const);

export const ACCOUNT_SORT_FIELDS = ['nom', 'prenom', 'organismeName', 'emailPro', 'status', 'openingDate'] as const;
export type AccountSortField = (typeof ACCOUNT_SORT_FIELDS)[number];
const ACCOUNT_SORTS = sortsOf(ACCOUNT_SORT_FIELDS);

export const AccountQuery = Type.Object(
  {
    nom: Type.Optional(SearchText('Start of the last name; accents and case ignored.')),
    prenom: Type.Optional(SearchText()),
    identifier: Type.Optional(SearchText('Part of the identifier or professional e-mail.')),
    inMyOrganisme: YesNo('"Personne dans mon organisme": false searches outside it, to attach a newcomer (R9).'),
    active: YesNo('"Compte actif / inactif".'),
    add: YesNo('"Avec ADD".'),
    roleId: Type.Optional(Id('"Rôle sélectionné".')),
    hasRole: YesNo('"Personnes ayant le rôle": with roleId, keep those who have it (true) or not (false).'),
    groupId: Type.Optional(Id('CAF: members of this group.')),
    conventionId: Type.Optional(Id('CAF: users of this convention.')),
    ...Paging,
    sort: Type.Optional(Enum(ACCOUNT_SORTS, { description: 'A field, prefixed with - for descending order (default nom).' })),
  },
  { $id: 'AccountQuery' },
);
export type AccountQuery = Static<typeof AccountQuery>;

export const REQUEST_SORT_FIELDS = ['requestedAt', 'decidedAt', 'nom', 'roleLabel', 'organismeName'] as const;
export type RequestSortField = (typeof REQUEST_SORT_FIELDS)[number];

export const RequestQuery = Type.Object(
  {
    state: Type.Optional(Enum(['pending', 'decided'] as const, { description: '"En cours" or "Historique".' })),
    q: Type.Optional(SearchText('"Rechercher": name, e-mail, role or organisme.')),
    status: Type.Optional(RequestStatus),
    from: Type.Optional(IsoDate('First day (included): of the request when pending, of the decision in the history.')),
    to: Type.Optional(IsoDate('Last day (included): of the request when pending, of the decision in the history.')),
    ...Paging,
    sort: Type.Optional(
      Enum(
        sortsOf(REQUEST_SORT_FIELDS),
        { description: 'Default: oldest request first when pending (closest to tacit acceptance), latest decision first in the history.' },
      ),
    ),
  },
  { $id: 'RequestQuery' },
);
export type RequestQuery = Static<typeof RequestQuery>;

export const GroupQuery = Type.Object(
  {
    code: Type.Optional(SearchText()),
    label: Type.Optional(SearchText()),
    accountId: Type.Optional(Id('"Sélectionner un utilisateur": groups this user belongs to.')),
  },
  { $id: 'GroupQuery' },
);
export type GroupQuery = Static<typeof GroupQuery>;

export const LocalAdminQuery = Type.Object(
  {
    scope: Type.Optional(Enum(['mine', 'all'] as const, { description: '"Vos administrateurs locaux" or "Tous les administrateurs locaux".' })),
    organismeId: Type.Optional(Id('With scope=all: the local administrators of this organisme only.')),
  },
  { $id: 'LocalAdminQuery' },
);
export type LocalAdminQuery = Static<typeof LocalAdminQuery>;

export const ENTITLEMENT_SORT_FIELDS = ['nom', 'prenom', 'emailPro', 'fonction'] as const;
export type EntitlementSortField = (typeof ENTITLEMENT_SORT_FIELDS)[number];

export const EntitlementQuery = Type.Object(
  {
    nom: Type.Optional(SearchText()),
    email: Type.Optional(SearchText()),
    add: YesNo('"Avec ADD / Sans ADD".'),
    ...Paging,
    sort: Type.Optional(Enum(sortsOf(ENTITLEMENT_SORT_FIELDS), { description: 'A field, prefixed with - for descending order (default nom).' })),
  },
  { $id: 'EntitlementQuery' },
);
export type EntitlementQuery = Static<typeof EntitlementQuery>;
