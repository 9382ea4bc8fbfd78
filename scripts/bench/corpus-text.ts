// The words of the bench's corpus (scripts/bench/generate-corpus.ts) and the prose made from them:
// sentences, paragraphs, Markdown bodies and tags, all drawn from a seeded Rng so that the same
// seed always writes the same text.
import { int, pick, pickSkewed, type Rng } from './corpus-rng.ts';

/** The site's sections: [id, name]. */
export const CATEGORIES = [
  ['morocco', 'Morocco'],
  ['politics', 'Politics'],
  ['economy', 'Economy'],
  ['world', 'World'],
  ['sports', 'Sports'],
  ['culture', 'Culture'],
  ['technology', 'Technology'],
  ['opinion', 'Opinion'],
] as const;

/** Authors' first names; an author id takes one of these and one of LAST. */
export const FIRST = ['Youssef', 'Salma', 'Karim', 'Nadia', 'Omar', 'Leila', 'Hamza', 'Imane', 'Mehdi', 'Sara', 'Anas', 'Hind', 'Reda', 'Zineb', 'Adil', 'Meryem'];
/** Authors' family names. */
export const LAST = ['Amrani', 'Bennani', 'Tazi', 'El Fassi', 'Alaoui', 'Berrada', 'Idrissi', 'Chraibi', 'Lahlou', 'Sqalli', 'Benjelloun', 'Kettani'];
/** Places named in headlines, sentences and tags. */
export const PLACES = ['Rabat', 'Casablanca', 'Tangier', 'Fez', 'Marrakech', 'Agadir', 'Oujda', 'Meknes', 'Tetouan', 'Laayoune', 'Kenitra', 'Safi', 'Dakhla', 'Ifrane', 'Nador'];
/** Who a headline is about. */
export const SUBJECTS = ['the ministry', 'the port authority', 'the central bank', 'the federation', 'the city council', 'the regional council', 'exporters', 'farmers', 'the union', 'researchers', 'the festival', 'the club', 'the agency', 'residents', 'the operator', 'lawmakers'];
/** What they do, in a headline. */
export const VERBS = ['announces', 'approves', 'rejects', 'delays', 'opens', 'expands', 'reviews', 'launches', 'questions', 'confirms', 'extends', 'cuts', 'doubles', 'plans'];
/** What they do it to, in a headline, a subheading or an image's alt text. */
export const OBJECTS = ['a new rail link', 'the water plan', 'a housing programme', 'the budget', 'a solar tender', 'the harbour extension', 'a youth league', 'the film programme', 'a fibre network', 'the drought fund', 'a trade deal', 'new bus lines', 'the school calendar', 'a museum project'];
const WORDS = (
  'the of and to in a is that for on with as was by at from it an be this are have has had not but were which their more its said also after year new two over than first last into most other some would could about people government minister city region country week month officials report plan project water energy price market trade port rail road school hospital budget election council team season match festival museum film book music farmers workers families companies investors residents drivers students researchers data figures percent million billion dirhams growth rise fall increase decline support pressure demand supply costs rates prices tender contract programme strategy reform law bill vote debate talks agreement meeting visit summit'
).split(' ');
const TAG_WORDS = ['ports', 'trade', 'rail', 'water', 'drought', 'energy', 'solar', 'wind', 'housing', 'health', 'education', 'football', 'athletics', 'tourism', 'agriculture', 'fisheries', 'startups', 'telecoms', 'film', 'music', 'books', 'heritage', 'elections', 'parliament', 'budget', 'inflation', 'jobs', 'migration', 'climate', 'transport'];

/** `s` in lower case with every run of other characters turned into one hyphen, as the site's slugs are. */
export function slugify(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** `s` with its first letter in upper case. */
export function title(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A sentence of `min` to `max` words (a place sometimes added), capitalised and ending in a full stop. */
export function sentence(rng: Rng, min = 8, max = 24): string {
  const words = Array.from({ length: int(rng, min, max) }, () => pick(rng, WORDS));
  if (rng() < 0.3) words.splice(int(rng, 1, words.length - 1), 0, pick(rng, PLACES));
  return `${title(words.join(' '))}.`;
}

function paragraph(rng: Rng): string {
  return Array.from({ length: int(rng, 2, 6) }, () => sentence(rng)).join(' ');
}

/** A Markdown body of varied length: paragraphs, sometimes subheadings, lists, quotes, emphasis and links. */
export function articleBody(rng: Rng): string {
  // Mostly short news stories, some long features.
  const paragraphs = rng() < 0.15 ? int(rng, 14, 30) : int(rng, 3, 10);
  const blocks: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i > 2 && rng() < 0.15) blocks.push(`## ${title(pick(rng, OBJECTS))} in ${pick(rng, PLACES)}`);
    let p = paragraph(rng);
    if (rng() < 0.2) p = p.replace(/ (\w+) (\w+)/, ' **$1 $2**');
    if (rng() < 0.15) p += ` [More from the agency](https://www.example.org/${pick(rng, TAG_WORDS)}/${int(rng, 1, 9999)}).`;
    if (rng() < 0.05) p = `> "${sentence(rng, 6, 14)}" said a spokesperson in ${pick(rng, PLACES)}.`;
    blocks.push(p);
    if (rng() < 0.04) blocks.push(Array.from({ length: int(rng, 2, 5) }, () => `- ${sentence(rng, 4, 9)}`).join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** A tag: a common word, sometimes narrowed by a place (about 600 distinct tags in all). */
export function tagFor(rng: Rng): string {
  const word = pickSkewed(rng, TAG_WORDS);
  return rng() < 0.6 ? word : `${word}-${slugify(pickSkewed(rng, PLACES))}`;
}
