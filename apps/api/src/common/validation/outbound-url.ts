import { checkOutboundUrl, parseOutboundAllow } from '@closeloop/notifications';
import type { FieldError } from '../problem/problem';
import { ProblemException } from '../problem/problem.exception';

/**
 * The outbound policy (SSRF) for URLs the server will POST to, after the DTO's format checks: https and public
 * addresses only (the name resolved), except allow-listed `host:port` entries. 400 naming each field and why.
 */
export class OutboundUrls {
  private readonly allow: string[];

  constructor(allow: readonly string[] | undefined) {
    this.allow = parseOutboundAllow(allow ?? []);
  }

  async assert(urls: { field: string; url: string }[]): Promise<void> {
    const errors: FieldError[] = [];
    for (const { field, url } of urls) {
      const verdict = await checkOutboundUrl(url, { allow: this.allow });
      if (!verdict.ok) errors.push({ field, message: `${field.split('.').pop()} must be a public https URL: ${verdict.reason}` });
    }
    if (errors.length > 0) {
      throw ProblemException.of('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    }
  }
}
