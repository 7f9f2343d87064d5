import { CLAIMS_QUERY, type Claim, type ClaimPage } from '$lib/queries/claims';
import { stanceFromApi } from '$lib/stance';
import { query } from './api';

export interface ClaimFilter {
  entityId?: string;
  speakerId?: string;
  transcriptId?: string;
}

const PAGE_SIZE = 100;

/**
 * Claims matching `filter`, in transcript order, following the cursor up to `max` claims.
 * `total` is how many exist, so a page can say when it shows fewer.
 */
export async function claimsWhere(filter: ClaimFilter, max = 1_000): Promise<{ claims: Claim[]; total: number }> {
  const claims: Claim[] = [];
  let after: string | null = null;
  let total = 0;
  while (claims.length < max) {
    const page: ClaimPage = await query<ClaimPage>(CLAIMS_QUERY, {
      filter,
      first: Math.min(PAGE_SIZE, max - claims.length),
      after,
    });
    total = page.claims.totalCount;
    claims.push(...page.claims.edges.map(({ node }) => ({ ...node, stance: stanceFromApi(node.stance) })));
    if (!page.claims.pageInfo.hasNextPage || !page.claims.pageInfo.endCursor) break;
    after = page.claims.pageInfo.endCursor;
  }
  return { claims, total };
}
