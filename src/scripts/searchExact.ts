/**
 * The search page's exact-phrase lookup: every page of every index part that holds a
 * phrase verbatim, found through the parts' pre-filters (src/lib/exactLookup.ts) and
 * not through pagefind's ranking, which at thousands of pages can leave such a page
 * out of its top results. Pages pagefind did not return are loaded from their
 * fragments here, in the shape pagefind's own results have.
 */
import { gramsAreExact, normalizeText } from '../lib/exactGrams';
import { ExactPart, exactFirst, holdsPhrase } from '../lib/exactLookup';
import type { ParsedQuery } from '../lib/searchQuery';

/** What the search page shows of a result (as pagefind's result.data() gives it). */
export interface ExactData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** A result as pagefind gives one: its fragment name and its data, loaded on demand. */
export interface ExactResult {
  id: string;
  score: number;
  data(): Promise<ExactData>;
}

/**
 * Candidates of a phrase longer than this, in all parts together, are not confirmed
 * against their text one by one (each costs its fragment, ~3 KB): the pages holding
 * every covering gram are taken as they are, and ranked first.
 */
const CONFIRM_AT_MOST = 40;

const SIGNATURE = 'pagefind_dcd';

/** What a fragment holds of what the search page shows. */
type Fragment = Pick<ExactData, 'url' | 'content' | 'meta' | 'filters'>;

/** A pagefind fragment: gzipped JSON behind pagefind's signature. */
async function fetchFragment(url: string): Promise<Fragment> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  if (!text.startsWith(SIGNATURE)) throw new Error(`${url}: not a pagefind fragment`);
  return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
}

export interface ExactSearchOptions {
  /** The bundle's URL, ending in /pagefind/. */
  bundle: string;
  /** Each part's folder under the bundle ('' for the first). */
  folders: string[];
  /** The site's base URL, which pagefind puts before a page's URL. */
  baseUrl: string;
  /** The URL parameter that carries the terms to highlight on the opened page. */
  highlightParam: string;
}

export class ExactSearch {
  readonly #options: ExactSearchOptions;
  readonly #parts: ExactPart[];
  /** The folder each candidate's fragment is in. */
  readonly #folderOf = new Map<string, string>();
  readonly #fragments = new Map<string, ReturnType<typeof fetchFragment>>();

  constructor(options: ExactSearchOptions) {
    this.#options = options;
    this.#parts = options.folders.map(
      (folder) =>
        new ExactPart(async (path) => {
          const response = await fetch(`${options.bundle}${folder}${path}`);
          if (!response.ok) throw new Error(`${options.bundle}${folder}${path}: HTTP ${response.status}`);
          return response.json() as Promise<unknown>;
        }),
    );
  }

  /**
   * The ids of the pages holding `phrase` verbatim, in the order of the parts, or
   * undefined for a phrase the pre-filters do not answer (a single character).
   * `known` are pagefind's results, whose data is used instead of fetching it again.
   * Undefined too where a part has no pre-filter (the dev server's index): the
   * search page then ranks pagefind's results as it can.
   */
  async pagesHolding(phrase: string, known: ReadonlyMap<string, ExactResult>): Promise<string[] | undefined> {
    let found = await Promise.all(this.#parts.map((part) => part.candidates(phrase).catch(() => undefined)));
    if (found.some((part) => part === undefined)) return undefined;
    if (!found[0]!.certain && found.reduce((total, part) => total + part!.fragments.length, 0) > CONFIRM_AT_MOST) {
      // Each part narrows only where it alone holds many candidates; across many parts (11 at
      // 50,000 reports) a few each can still be too many to confirm, and then all of them narrow.
      found = await Promise.all(
        this.#parts.map(async (part, i) =>
          found[i]!.fragments.length > 0 ? part.candidates(phrase, { narrowAbove: 0 }).catch(() => undefined) : found[i],
        ),
      );
      if (found.some((part) => part === undefined)) return undefined;
    }
    const ids: string[] = [];
    let certain = true;
    for (const [i, part] of found.entries()) {
      for (const id of part!.fragments) this.#folderOf.set(id, this.#options.folders[i]!);
      ids.push(...part!.fragments);
      certain &&= part!.certain;
    }
    if (certain || ids.length > CONFIRM_AT_MOST) return ids;
    const holds = await Promise.all(ids.map(async (id) => holdsPhrase((await (known.get(id) ?? this.result(id, '')).data()).content, phrase)));
    return ids.filter((_, i) => holds[i]);
  }

  /**
   * For each part, whether any of its pages holds `word`, where its pre-filter answers
   * exactly (two or three characters); otherwise, or where a part has no pre-filter
   * (the dev server's index), undefined.
   */
  partsHolding(word: string): Promise<(boolean | undefined)[]> {
    const normalized = normalizeText(word);
    if (!gramsAreExact(normalized)) return Promise.resolve(this.#parts.map(() => undefined));
    return Promise.all(
      this.#parts.map((part) =>
        part.candidates(normalized).then(
          (found) => found && found.fragments.length > 0,
          () => undefined,
        ),
      ),
    );
  }

  /** A result for a page pagefind did not return, loading its fragment when its data is asked for. */
  result(id: string, searchTerm: string): ExactResult {
    return { id, score: 0, data: () => this.#data(id, searchTerm) };
  }

  async #data(id: string, searchTerm: string): Promise<ExactData> {
    const { bundle, baseUrl, highlightParam } = this.#options;
    let fragment = this.#fragments.get(id);
    if (!fragment) {
      fragment = fetchFragment(`${bundle}${this.#folderOf.get(id) ?? ''}fragment/${id}.pf_fragment`);
      this.#fragments.set(id, fragment);
    }
    const { url, content, meta, filters } = await fragment;
    // As pagefind's result.data() gives them: the URL under the base with the terms to highlight, the text without its word breaks.
    const full = new URL(`${baseUrl}/${url}`.replace(/\/+/g, '/'), location.origin);
    for (const term of searchTerm.split(/\s+/).filter(Boolean)) full.searchParams.append(highlightParam, term);
    return { url: `${full.pathname}${full.search}`, content: content.replace(/\u200b/g, ''), excerpt: '', meta, filters };
  }
}

/**
 * Orders pagefind's `results` for `query` with every page holding the whole query
 * verbatim first, including pages pagefind left out; with quoted phrases, only the
 * pages holding each of them. `allowed` gives the pages the chosen filters keep, for
 * pages pagefind did not return (it is asked only when filters are chosen). Undefined
 * when the pre-filters cannot answer (a one-character query).
 */
export async function exactOrder<T extends ExactResult>(
  exact: Pick<ExactSearch, 'pagesHolding' | 'result'>,
  results: readonly T[],
  query: ParsedQuery,
  allowed?: () => Promise<ReadonlySet<string>>,
): Promise<(T | ExactResult)[] | undefined> {
  const known = new Map(results.map((result) => [result.id, result]));
  const [whole, ...quoted] = await Promise.all([query.terms.join(''), ...query.phrases].map((phrase) => exact.pagesHolding(phrase, known)));
  const answered = quoted.every((ids) => ids !== undefined);
  if (whole === undefined && (query.phrases.length === 0 || !answered)) return undefined;
  const keep = allowed ? await allowed() : undefined;
  const make = (id: string) => exact.result(id, query.text);
  const isKept = (id: string) => known.has(id) || !keep || keep.has(id);
  if (query.phrases.length > 0 && answered) {
    const sets = quoted.map((ids) => new Set(ids));
    const holdingAll = quoted[0]!.filter((id) => sets.every((set) => set.has(id)) && isKept(id));
    const holding = new Set(holdingAll);
    const pool = exactFirst(
      results.filter((result) => holding.has(result.id)),
      holdingAll,
      make,
    );
    return exactFirst(
      pool,
      (whole ?? []).filter((id) => holding.has(id)),
      make,
    );
  }
  return exactFirst(results, whole!.filter(isKept), make);
}
