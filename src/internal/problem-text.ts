/**
 * Turns a refusal of the server into words: a title that says what kind of failure it is, the
 * rule's explanation in the user's language (from the domain's table of problem words), and the
 * server's own detail when it adds something (who decided, when).
 *
 * The table of words is a module of its own, loaded the first time a page has a refusal to
 * explain ({@link loadProblemWords}): the kit's alert and every write wait for it before they
 * say anything, so a user never reads a refusal in other words first. Where it cannot be loaded
 * (the network), a refusal is said in the server's words (its French title and detail).
 */
import { PROBLEM_CODES, problemCodeOf, type ProblemCode } from '../domain/problem-codes.js';
import type { PROBLEM_WORDS } from '../domain/problem-words.js';
import { NetworkError, ProblemError, TimeoutError } from '../client/errors.js';
import { defineMessages, translate, type Lang } from './localize.js';
import { PartLoadError } from './lazy-part.js';

/**
 * What the kit needs of an RFC 9457 problem. A network failure has no status (or 0).
 */
export interface ProblemLike {
  type?: string;
  code?: string;
  title?: string;
  status?: number;
  detail?: string;
}

export interface ProblemText {
  title: string;
  message: string;
  /** The server's detail, when it says more than the message. */
  detail?: string;
}

const messages = defineMessages({
  fr: {
    unreachableTitle: 'Serveur injoignable',
    unreachable: 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
    timeoutTitle: 'Délai dépassé',
    timeout: "Le serveur n'a pas répondu à temps. L'action a peut-être abouti : rechargez avant de recommencer.",
    invalidTitle: 'Informations à corriger',
    sessionTitle: 'Session expirée',
    forbiddenTitle: 'Action non autorisée',
    notFoundTitle: 'Élément introuvable',
    conflictTitle: 'Action impossible',
    serverTitle: 'Erreur du serveur',
    server: 'Le serveur a rencontré une erreur. Réessayez dans quelques instants.',
    otherTitle: 'Erreur',
    other: "L'action n'a pas abouti.",
    partTitle: 'Chargement impossible',
    part: "Cette partie de la page n'a pas pu être chargée. Vérifiez votre connexion, puis réessayez.",
  },
  en: {
    unreachableTitle: 'Server unreachable',
    unreachable: 'The server does not answer. Check your connection, then try again.',
    timeoutTitle: 'Timed out',
    timeout: 'The server did not answer in time. The action may have gone through: reload before trying again.',
    invalidTitle: 'Information to correct',
    sessionTitle: 'Session expired',
    forbiddenTitle: 'Action not allowed',
    notFoundTitle: 'Not found',
    conflictTitle: 'Action not possible',
    serverTitle: 'Server error',
    server: 'The server ran into an error. Try again in a moment.',
    otherTitle: 'Error',
    other: 'The action did not go through.',
    partTitle: 'Could not load',
    part: 'This part of the page could not be loaded. Check your connection, then try again.',
  },
});

type TitleKey = Extract<keyof typeof messages.fr, `${string}Title`>;

function titleKeyOf(status: number | undefined): TitleKey {
  if (!status) return 'unreachableTitle';
  if (status === 400 || status === 422) return 'invalidTitle';
  if (status === 401) return 'sessionTitle';
  if (status === 403) return 'forbiddenTitle';
  if (status === 404) return 'notFoundTitle';
  if (status === 409 || status === 412 || status === 428) return 'conflictTitle';
  if (status >= 500) return 'serverTitle';
  return 'otherTitle';
}

let words: typeof PROBLEM_WORDS | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the words of the refusals, once per page; resolves at once when they are there. Never
 * rejects: when they cannot be loaded, refusals keep the server's words, and the next call
 * asks the network again.
 */
export function loadProblemWords(): Promise<void> {
  if (words) return Promise.resolve();
  loading ??= import('../domain/problem-words.js').then(
    (module) => {
      words = module.PROBLEM_WORDS;
    },
    () => {
      loading = undefined;
    },
  );
  return loading;
}

/** Whether the words of refusal `problem` are still to be loaded before it is said ({@link loadProblemWords}). */
export function needsProblemWords(problem: ProblemLike | undefined): boolean {
  return !words && problem !== undefined && codeOf(problem) !== undefined;
}

/** The words of refusal `code` in `lang`, once loaded ({@link loadProblemWords}). */
export function refusalWords(code: string, lang: Lang): string | undefined {
  return words && code in words ? words[code as ProblemCode][lang] : undefined;
}

function codeOf(problem: ProblemLike): ProblemCode | undefined {
  if (problem.code && problem.code in PROBLEM_CODES) return problem.code as ProblemCode;
  return problemCodeOf(problem.type);
}

export function describeProblem(problem: ProblemLike, lang: Lang): ProblemText {
  const code = codeOf(problem);
  const status = problem.status ?? (code ? PROBLEM_CODES[code].status : undefined);
  const title = translate(messages, lang, titleKeyOf(status));
  const known = code && words?.[code];
  if (known) {
    const message = known[lang];
    const detail = problem.detail && problem.detail !== message && problem.detail !== known.fr ? problem.detail : undefined;
    return { title, message, ...(detail ? { detail } : {}) };
  }
  // The words could not be loaded: the server's title is the rule's explanation in French.
  if (code && problem.title) {
    return { title, message: problem.title, ...(problem.detail && problem.detail !== problem.title ? { detail: problem.detail } : {}) };
  }
  // Without one of our codes, the title is only the HTTP status's name (in English): the
  // server's detail, or failing that a sentence of our own, says more.
  if (!status) return { title, message: problem.detail ?? translate(messages, lang, 'unreachable') };
  return { title, message: problem.detail ?? translate(messages, lang, status >= 500 ? 'server' : 'other') };
}

/** Words for anything a client call rejects with: a refusal, no answer, or a late answer. */
export function describeError(error: unknown, lang: Lang): ProblemText {
  if (error instanceof ProblemError) return describeProblem(error.problem, lang);
  if (error instanceof TimeoutError) {
    return { title: translate(messages, lang, 'timeoutTitle'), message: translate(messages, lang, 'timeout') };
  }
  if (error instanceof NetworkError) return describeProblem({}, lang);
  if (error instanceof PartLoadError) return { title: translate(messages, lang, 'partTitle'), message: translate(messages, lang, 'part') };
  return { title: translate(messages, lang, 'otherTitle'), message: translate(messages, lang, 'other') };
}
