// Turns validation and HTTP errors into clear Dutch messages that say how to
// fix the input. Never a stack trace, never a 500 for bad input.
import type { FastifyError } from 'fastify';

export interface FieldError {
  field: string;
  message: string;
}

export class InputError extends Error {
  readonly statusCode: number;
  constructor(
    message: string,
    readonly fields: FieldError[] = [],
    statusCode = 400,
  ) {
    super(message);
    this.statusCode = statusCode;
  }
}

export class NotFoundError extends Error {
  readonly statusCode = 404;
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

const typeNames: Record<string, string> = {
  string: 'tekst',
  integer: 'een heel getal',
  number: 'een getal',
  boolean: 'ja of nee (true of false)',
  array: 'een lijst',
  object: 'een object',
};

function fieldName(error: AjvError, context: string | undefined): string {
  const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (error.keyword === 'required') {
    const missing = String(error.params.missingProperty ?? '');
    return path ? `${path}.${missing}` : missing;
  }
  if (error.keyword === 'additionalProperties') {
    const extra = String(error.params.additionalProperty ?? '');
    return path ? `${path}.${extra}` : extra;
  }
  return path || context || 'invoer';
}

export function dutchMessageFor(error: AjvError): string {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return 'Dit veld ontbreekt. Vul het in.';
    case 'type':
      return `Dit moet ${typeNames[String(p.type)] ?? String(p.type)} zijn.`;
    case 'maxLength':
      return `Dit is te lang. Gebruik hoogstens ${String(p.limit)} tekens.`;
    case 'minLength':
      return Number(p.limit) <= 1 ? 'Dit veld is leeg. Vul het in.' : `Dit is te kort. Gebruik minstens ${String(p.limit)} tekens.`;
    case 'maximum':
      return `Dit getal is te groot. Het mag hoogstens ${String(p.limit)} zijn.`;
    case 'minimum':
      return `Dit getal is te klein. Het moet minstens ${String(p.limit)} zijn.`;
    case 'exclusiveMinimum':
      return `Dit getal moet groter zijn dan ${String(p.limit)}.`;
    case 'enum':
      return `Deze waarde kennen we niet. Kies uit: ${(p.allowedValues as unknown[] | undefined)?.join(', ') ?? ''}.`;
    case 'pattern':
      return 'Deze waarde heeft niet de goede vorm.';
    case 'format':
      return `Dit is geen geldige waarde van de vorm "${String(p.format)}".`;
    case 'additionalProperties':
      return 'Dit veld kennen we niet. Laat het weg of controleer de spelling.';
    case 'maxItems':
      return `Deze lijst is te lang. Hoogstens ${String(p.limit)} waarden.`;
    case 'minItems':
      return `Deze lijst is te kort. Minstens ${String(p.limit)} waarden.`;
    default:
      return 'Deze waarde klopt niet.';
  }
}

const contextNames: Record<string, string> = { querystring: 'zoekvraag', body: 'inhoud', params: 'adres' };

export function fieldErrorsFromValidation(error: FastifyError): FieldError[] {
  const validation = (error.validation ?? []) as unknown as AjvError[];
  return validation.map((v) => ({ field: fieldName(v, contextNames[error.validationContext ?? '']), message: dutchMessageFor(v) }));
}

/** Seconds in the Retry-After header while the database is unreachable. */
export const DB_RETRY_SECONDS = 30;

// Connection failures of pg (network codes, SQLSTATE class 08, shutdown 57P0x,
// too many connections) and of a closed PGlite: the database is away, not the request wrong.
const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (unavailableCodes.has(code) || code.startsWith('08')) return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|PGlite is closed|Client has encountered a connection error/i.test(message);
}

/** Status and Dutch message for any error a route can throw. */
export function describeError(error: FastifyError | InputError | Error): { status: number; message: string; fields: FieldError[] } {
  if (error instanceof InputError) return { status: error.statusCode, message: error.message, fields: error.fields };
  if (error instanceof NotFoundError) return { status: 404, message: error.message, fields: [] };
  if (isDatabaseUnavailable(error)) {
    return { status: 503, message: 'InBeeld kan zijn gegevens nu even niet bereiken. Er gaat niets verloren. Probeer het over een paar minuten opnieuw.', fields: [] };
  }
  const fe = error as FastifyError;
  if (fe.validation) {
    return {
      status: 400,
      message: 'Niet alle invoer klopt. Pas de velden hieronder aan en probeer het opnieuw.',
      fields: fieldErrorsFromValidation(fe),
    };
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, message: 'Wat je stuurt is te groot. Stuur minder tekst of een kleiner bestand.', fields: [] };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, message: 'Deze soort inhoud kennen we niet. Stuur JSON (application/json) of een formulier.', fields: [] };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, message: 'De inhoud is leeg. Stuur JSON mee.', fields: [] };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, message: 'De JSON klopt niet. Controleer haakjes, komma’s en aanhalingstekens.', fields: [] };
    case 'FST_CSRF_INVALID_TOKEN':
    case 'FST_CSRF_MISSING_SECRET':
      return {
        status: 403,
        message: 'Dit formulier is verlopen of niet van deze website. Ga terug, laad de pagina opnieuw en probeer het nog eens.',
        fields: [],
      };
    case 'FST_ERR_BAD_URL':
      return { status: 400, message: 'Dit adres klopt niet. Controleer de link.', fields: [] };
  }
  if (fe.statusCode === 429) return { status: 429, message: 'Te veel verzoeken. Wacht even en probeer het opnieuw.', fields: [] };
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (/json/i.test(fe.message) && fe.statusCode === 400) {
      return { status: 400, message: 'De JSON klopt niet. Controleer haakjes, komma’s en aanhalingstekens.', fields: [] };
    }
    return { status: fe.statusCode, message: 'Dit verzoek kunnen we niet verwerken. Controleer je invoer.', fields: [] };
  }
  return { status: 500, message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', fields: [] };
}
